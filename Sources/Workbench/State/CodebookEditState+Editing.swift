import TerminalKit

extension CodebookEditState {
  /// Types a key into the focused name field.
  mutating func handle(_ key: Key) -> Bool {
    editsEnglish ? nameEN.handle(key) : nameKK.handle(key)
  }
}
