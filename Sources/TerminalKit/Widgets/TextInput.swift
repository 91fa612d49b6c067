/// A one-line text editor: the text, a cursor between characters, and the usual editing keys.
///
/// The cursor counts `Character`s, so it never stands inside a cluster (a Kazakh letter with a
/// combining mark, an emoji). ``handle(_:)`` applies the standard keys; ``render(into:area:style:cursorStyle:)``
/// scrolls horizontally to keep the cursor visible.
public struct TextInput: Hashable, Sendable {
  /// The characters of the text.
  public private(set) var characters: [Character]
  /// The cursor: the number of characters before it (0…count).
  public private(set) var cursor: Int

  /// Creates an editor holding `text`, the cursor at its end.
  public init(_ text: String = "") {
    characters = Array(text)
    cursor = characters.count
  }

  /// The text.
  public var text: String { String(characters) }

  /// Whether the text is empty.
  public var isEmpty: Bool { characters.isEmpty }

  /// Inserts `text` at the cursor and moves the cursor after it.
  public mutating func insert(_ text: String) {
    let inserted = Array(text)
    characters.insert(contentsOf: inserted, at: cursor)
    cursor += inserted.count
  }

  /// Deletes the character before the cursor.
  public mutating func deleteBackward() {
    guard cursor > 0 else { return }
    characters.remove(at: cursor - 1)
    cursor -= 1
  }

  /// Deletes the character after the cursor.
  public mutating func deleteForward() {
    guard cursor < characters.count else { return }
    characters.remove(at: cursor)
  }

  /// Deletes the word before the cursor and the spaces after it (Ctrl-W).
  public mutating func deleteWordBackward() {
    let start = wordStart(before: cursor)
    characters.removeSubrange(start..<cursor)
    cursor = start
  }

  /// Deletes everything before the cursor (Ctrl-U).
  public mutating func deleteToStart() {
    characters.removeSubrange(0..<cursor)
    cursor = 0
  }

  /// Deletes everything after the cursor (Ctrl-K).
  public mutating func deleteToEnd() {
    characters.removeSubrange(cursor...)
  }

  /// Moves the cursor to `position`, clamped to the text.
  public mutating func moveCursor(to position: Int) {
    cursor = min(max(0, position), characters.count)
  }

  /// The start of the word before `position`, skipping spaces first.
  func wordStart(before position: Int) -> Int {
    var start = position
    while start > 0 && characters[start - 1].isWhitespace { start -= 1 }
    while start > 0 && !characters[start - 1].isWhitespace { start -= 1 }
    return start
  }
}
