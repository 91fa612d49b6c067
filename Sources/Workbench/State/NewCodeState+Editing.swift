import TerminalKit

extension NewCodeState {
  /// Types a key into the focused field; on the theme field, Left and Right choose the theme.
  mutating func handle(_ key: Key) -> Bool {
    switch field {
    case .nameKK: return nameKK.handle(key)
    case .nameEN: return nameEN.handle(key)
    case .theme:
      switch key {
      case .left: move(.previousChoice)
      case .right: move(.nextChoice)
      default: return false
      }
      return true
    }
  }

  /// Moves between fields (Tab, Shift-Tab) or themes (Ctrl-N, Ctrl-P).
  mutating func move(_ command: Command.DialogCommand) {
    let fields = Field.allCases
    let choices = themes.count + 1
    switch command {
    case .nextField: field = fields[(field.rawValue + 1) % fields.count]
    case .previousField: field = fields[(field.rawValue + fields.count - 1) % fields.count]
    case .nextChoice: themeIndex = (themeIndex + 1) % choices
    case .previousChoice: themeIndex = (themeIndex + choices - 1) % choices
    default: break
    }
  }
}
