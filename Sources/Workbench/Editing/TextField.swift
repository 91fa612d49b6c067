import TerminalKit

/// An editable text with a cursor, for the picker's filter, dialog fields, memos and the
/// command line.
///
/// The cursor counts `Character`s, so typing and deleting never split a letter from its marks.
public struct TextField: Hashable, Sendable {
  /// The text.
  public private(set) var text: String
  /// The cursor, in `Character`s from the start (0...count).
  public private(set) var cursor: Int

  /// Creates a field holding `text`, the cursor at its end.
  public init(_ text: String = "") {
    self.text = text
    self.cursor = text.count
  }

  /// Edits the field with a key; false when the key is not an editing key (the caller may use it).
  ///
  /// Printable characters insert; Backspace and Delete remove; Left, Right, Home, End, Ctrl-A and
  /// Ctrl-E move; Ctrl-U clears before the cursor; Ctrl-W deletes the word before it. With
  /// `multiline`, Enter inserts a line break.
  public mutating func handle(_ key: Key, multiline: Bool = false) -> Bool {
    switch key {
    case .character(let character): insert(String(character))
    case .enter where multiline: insert("\n")
    case .backspace: deleteBackward()
    case .delete: deleteForward()
    case .left: cursor = max(0, cursor - 1)
    case .right: cursor = min(text.count, cursor + 1)
    case .home, .control("a"): cursor = 0
    case .end, .control("e"): cursor = text.count
    case .control("u"): removeCharacters(0..<cursor)
    case .control("w"): deleteWordBackward()
    default: return false
    }
    return true
  }

  /// Inserts text at the cursor and moves the cursor past it.
  public mutating func insert(_ inserted: String) {
    let index = text.index(text.startIndex, offsetBy: cursor)
    text.insert(contentsOf: inserted, at: index)
    cursor += inserted.count
  }

  /// Replaces the whole text, the cursor at its end.
  public mutating func replace(with newText: String) {
    text = newText
    cursor = newText.count
  }

  private mutating func deleteBackward() {
    guard cursor > 0 else { return }
    removeCharacters((cursor - 1)..<cursor)
  }

  private mutating func deleteForward() {
    guard cursor < text.count else { return }
    let index = text.index(text.startIndex, offsetBy: cursor)
    text.remove(at: index)
  }

  private mutating func deleteWordBackward() {
    let characters = Array(text)
    var start = cursor
    while start > 0, characters[start - 1].isWhitespace { start -= 1 }
    while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
    removeCharacters(start..<cursor)
  }

  private mutating func removeCharacters(_ range: Range<Int>) {
    let lower = text.index(text.startIndex, offsetBy: range.lowerBound)
    let upper = text.index(lower, offsetBy: range.count)
    text.removeSubrange(lower..<upper)
    cursor = range.lowerBound
  }
}
