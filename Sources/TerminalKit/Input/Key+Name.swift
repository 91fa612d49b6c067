extension Key {
  /// How the key is written in help text and the hint bar: `"j"`, `"Enter"`, `"Ctrl-R"`, `"F1"`,
  /// `"Space"`, `"Up"`, `"Shift-Tab"`.
  public var name: String {
    switch self {
    case .character(" "): "Space"
    case .character(let character): String(character)
    case .up: "Up"
    case .down: "Down"
    case .left: "Left"
    case .right: "Right"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .home: "Home"
    case .end: "End"
    case .enter: "Enter"
    case .escape: "Esc"
    case .backspace: "Backspace"
    case .delete: "Delete"
    case .tab: "Tab"
    case .backTab: "Shift-Tab"
    case .control(let character): "Ctrl-" + String(character).uppercased()
    case .function(let number): "F\(number)"
    }
  }
}

extension Key: CustomStringConvertible {
  /// The key's ``name``.
  public var description: String { name }
}
