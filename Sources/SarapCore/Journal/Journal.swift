/// The project's research journal: dated entries of decisions (why a code was split, what a
/// theme means), oldest first.
///
/// Entries are kept in time order; entries with the same time keep the order they were added
/// in, so adding an entry and undoing it gives back the same journal.
public struct Journal: Hashable, Sendable {
  /// The entries, oldest first.
  public private(set) var entries: [JournalEntry]

  /// A journal of the given entries, put in time order (a stable sort).
  public init(_ entries: [JournalEntry] = []) {
    self.entries = entries.enumerated()
      .sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }
      .map(\.element)
  }

  /// Whether the journal has no entry.
  public var isEmpty: Bool { entries.isEmpty }

  /// The entries, newest first.
  public var newestFirst: [JournalEntry] { entries.reversed() }

  /// The latest entry a coder wrote; nil when they wrote none.
  public func lastEntry(by coder: Coder.ID) -> JournalEntry? {
    entries.last { $0.coder == coder }
  }

  /// Adds an entry after every entry written at the same time or earlier.
  mutating func insert(_ entry: JournalEntry) {
    let position = entries.lastIndex { $0.time <= entry.time }.map { $0 + 1 } ?? 0
    entries.insert(entry, at: position)
  }

  /// Removes the last entry equal to `entry`; false when there is none.
  mutating func remove(_ entry: JournalEntry) -> Bool {
    guard let index = entries.lastIndex(of: entry) else { return false }
    entries.remove(at: index)
    return true
  }

  /// Replaces the last entry equal to `old` by `new` in its place; false when there is none.
  mutating func replace(_ old: JournalEntry, with new: JournalEntry) -> Bool {
    guard let index = entries.lastIndex(of: old) else { return false }
    entries[index] = new
    return true
  }
}
