import TerminalKit

extension TextInput {
  /// Applies an editing key to a text of several lines.
  ///
  /// Enter inserts a line break; every other key edits as on one line. Returns whether the key was
  /// an editing key.
  mutating func handleMultiline(_ key: Key) -> Bool {
    guard key == .enter else { return handle(key) }
    insert("\n")
    return true
  }
}
