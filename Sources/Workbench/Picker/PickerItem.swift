import SarapCore

/// One entry of a picker: what choosing it means, how it is shown, and the names it matches.
public struct PickerItem: Hashable, Sendable {
  /// What is chosen: a code id, a question id, a colour's hex.
  public var value: String
  /// The entry's main text: the code's name in the shown language, say.
  public var title: String
  /// A dimmer second text: the name in the other language, or the theme.
  public var detail: String
  /// The texts a query is matched against (both languages' names, the id).
  public var keywords: [String]
  /// A colour swatch shown before the title.
  public var colour: Colour?
  /// Tree depth, for indenting codes under themes (0 for none).
  public var depth: Int
  /// A longer text shown under the list while the entry is highlighted: a code's definition.
  public var preview: String = ""

  /// Creates an entry.
  public init(
    value: String, title: String, detail: String = "", keywords: [String] = [],
    colour: Colour? = nil, depth: Int = 0, preview: String = ""
  ) {
    self.preview = preview
    self.value = value
    self.title = title
    self.detail = detail
    self.keywords = keywords.isEmpty ? [title] : keywords
    self.colour = colour
    self.depth = depth
  }

  /// The best match of `query` against the entry's keywords; nil when none matches.
  public func match(_ query: String) -> FuzzyMatch? {
    keywords.compactMap { FuzzyMatch(query: query, candidate: $0) }.max { $0.score < $1.score }
  }
}
