import TerminalKit

extension KeyBinding {
  static let coderPromptBindings: [KeyBinding] = [
    KeyBinding(
      [.enter], .confirmChoice, in: .coderPrompt,
      "Code under this name (remembered for this project; :coder NAME changes it)", hint: "save"),
    KeyBinding(
      [.escape, .control("c")], .back, in: .coderPrompt, "Cancel: nothing is changed",
      hint: "cancel"),
  ]
}
