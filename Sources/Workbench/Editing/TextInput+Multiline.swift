import TerminalKit

extension TextInput {
  /// Applies an editing key to a text of several lines.
  ///
  /// Enter inserts a line break and Tab a tab; every other key edits as on one line. Returns
  /// whether the key was an editing key.
  mutating func handleMultiline(_ key: Key) -> Bool {
    switch key {
    case .enter: insert("\n")
    case .tab: insert("\t")
    default: return handle(key)
    }
    return true
  }
}
