/// The project's research journal: dated entries of decisions (why a code was split, what a
/// theme means), oldest first.
///
/// Entries are kept in one canonical order: by time, then (for entries of the same time) by
/// coder, text and edit time. Every edit keeps that order, so an edit and its inverse give back
/// the same journal, entry for entry.
public struct Journal: Hashable, Sendable {
  /// The entries, oldest first.
  public private(set) var entries: [JournalEntry]

  /// A journal of the given entries, put in canonical order.
  public init(_ entries: [JournalEntry] = []) {
    self.entries = entries.sorted { Self.precedes($0, $1) }
  }

  /// Whether the journal has no entry.
  public var isEmpty: Bool { entries.isEmpty }

  /// The entries, newest first.
  public var newestFirst: [JournalEntry] { entries.reversed() }

  /// The latest entry a coder wrote; nil when they wrote none.
  public func lastEntry(by coder: Coder.ID) -> JournalEntry? {
    entries.last { $0.coder == coder }
  }

  /// Adds an entry in its place in canonical order.
  mutating func insert(_ entry: JournalEntry) {
    let position = entries.firstIndex { Self.precedes(entry, $0) } ?? entries.count
    entries.insert(entry, at: position)
  }

  /// Removes an entry equal to `entry`; false when there is none.
  mutating func remove(_ entry: JournalEntry) -> Bool {
    guard let index = entries.lastIndex(of: entry) else { return false }
    entries.remove(at: index)
    return true
  }

  /// Whether `lhs` comes before `rhs` in canonical order.
  static func precedes(_ lhs: JournalEntry, _ rhs: JournalEntry) -> Bool {
    (lhs.time, lhs.coder.rawValue, lhs.text, lhs.edited?.rawValue ?? "")
      < (rhs.time, rhs.coder.rawValue, rhs.text, rhs.edited?.rawValue ?? "")
  }
}
