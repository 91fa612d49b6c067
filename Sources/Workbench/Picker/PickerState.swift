import TerminalKit

/// A picker: its purpose, every entry, the typed filter, and the entries that match it, best
/// first.
public struct PickerState: Hashable, Sendable {
  /// What the choice is for.
  public var purpose: PickerPurpose
  /// Every entry, in their natural order (codebook order, palette order, question order).
  public var items: [PickerItem]
  /// The typed filter.
  public var query: TextInput
  /// The positions in ``items`` of the entries matching ``query``, best first (all, in order,
  /// for an empty query).
  public private(set) var visible: [Int]
  /// The highlighted row of ``visible``, and scroll.
  public var list: ListPosition

  /// Creates a picker over `items`, unfiltered, the first entry highlighted.
  public init(_ purpose: PickerPurpose, items: [PickerItem], query: String = "") {
    self.purpose = purpose
    self.items = items
    self.query = TextInput(query)
    self.visible = []
    self.list = ListPosition()
    refilter()
  }

  /// The highlighted entry.
  public var chosen: PickerItem? {
    visible.indices.contains(list.selected) ? items[visible[list.selected]] : nil
  }

  /// Re-ranks the entries after the query changed and highlights the best.
  public mutating func refilter() {
    let text = query.text
    let ranked = items.indices.compactMap { index in
      items[index].match(text).map { (index, $0.score) }
    }
    visible = ranked.enumerated().sorted { lhs, rhs in
      (-lhs.element.1, lhs.offset) < (-rhs.element.1, rhs.offset)
    }.map(\.element.0)
    list = ListPosition()
  }
}
