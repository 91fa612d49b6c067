/// The distinct texts of repeated fields (transcript ids, code ids, times) of one file, each
/// checked and made a String once: a coding line repeats its neighbours' transcript and time, and
/// a project has far fewer codes than codings.
struct FieldInterner {
  private var known: [Substring: Entry] = [:]
  private var last: (text: Substring, entry: Entry)?

  /// A distinct text and its number in the order first seen.
  struct Entry {
    /// The text as its own String.
    let string: String
    /// Its number, 0 for the first distinct text.
    let number: Int
  }

  /// The entry for `text`, checked with `isValid` the first time it is seen; nil when invalid.
  mutating func entry(_ text: Substring, isValid: (Substring) -> Bool) -> Entry? {
    if let last, Self.sameBytes(last.text, text) { return last.entry }
    let entry: Entry
    if let known = known[text] {
      entry = known
    } else {
      guard isValid(text) else { return nil }
      entry = Entry(string: String(text), number: known.count)
      known[text] = entry
    }
    last = (text, entry)
    return entry
  }

  /// Whether two texts have the same UTF-8 bytes, compared on contiguous storage.
  private static func sameBytes(_ lhs: Substring, _ rhs: Substring) -> Bool {
    guard lhs.utf8.count == rhs.utf8.count else { return false }
    let compared = lhs.utf8.withContiguousStorageIfAvailable { left in
      rhs.utf8.withContiguousStorageIfAvailable { right in
        left.elementsEqual(right)
      }
    }
    return (compared ?? nil) ?? lhs.utf8.elementsEqual(rhs.utf8)
  }
}
