import TerminalKit

extension KeyBinding {
  static let dialogBindings: [KeyBinding] = [
    KeyBinding(
      [.enter], .confirmChoice, in: .picker, "Choose the highlighted entry", hint: "choose",
      disabledReason: Availability.pickerChoice),
    KeyBinding([.down, .control("n")], .nextChoice, in: .picker, "Next entry"),
    KeyBinding([.up, .control("p")], .previousChoice, in: .picker, "Previous entry"),
    KeyBinding([.escape, .control("c")], .back, in: .picker, "Cancel", hint: "cancel"),
    KeyBinding([.enter], .confirmChoice, in: .form, "Save", hint: "save"),
    KeyBinding([.tab, .down], .nextField, in: .form, "Next field", hint: "field"),
    KeyBinding([.backTab, .up], .previousField, in: .form, "Previous field"),
    KeyBinding(
      [.control("n")], .nextChoice, in: .form, "Next theme (on the theme field: also Right)"),
    KeyBinding([.control("p")], .previousChoice, in: .form, "Previous theme (also Left)"),
    KeyBinding([.escape, .control("c")], .back, in: .form, "Cancel", hint: "cancel"),
    KeyBinding([.control("s")], .saveText, in: .textEditor, "Save", hint: "save"),
    KeyBinding(
      [.escape, .control("c")], .back, in: .textEditor,
      "Cancel (asks first when the text changed)",
      hint: "cancel"),
    KeyBinding([.enter], .confirmChoice, in: .commandLine, "Run", hint: "run"),
    KeyBinding([.escape, .control("c")], .back, in: .commandLine, "Cancel", hint: "cancel"),
    KeyBinding([key("y")], .answerYes, in: .confirm, "Yes", hint: "yes"),
    KeyBinding([key("n")], .answerNo, in: .confirm, "No", hint: "no"),
    KeyBinding([.escape, .control("c")], .back, in: .confirm, "No"),
  ]
}
