/// One line of the generated key reference (help screen and docs/workbench.md): a heading or a key row.
public enum HelpLine: Hashable, Sendable {
  /// A context's heading.
  case heading(String)
  /// Keys (or a command) and what they do.
  case row(keys: String, summary: String)

  /// The whole reference, generated from the binding table and the `:` commands.
  public static let all: [HelpLine] = {
    var lines: [HelpLine] = []
    for context in BindingContext.allCases {
      let bindings = KeyBinding.table.filter { $0.context == context }
      guard !bindings.isEmpty else { continue }
      lines.append(.heading(context.title))
      lines += bindings.map { .row(keys: $0.keyNames, summary: $0.summary) }
      if let note = context.typingNote { lines.append(.row(keys: "(typing)", summary: note)) }
    }
    lines.append(.heading("Commands (type : first)"))
    lines += TypedCommand.documentation.map { .row(keys: $0.usage, summary: $0.summary) }
    return lines
  }()
}

extension BindingContext {
  /// What typed keys do in a context that takes text.
  var typingNote: String? {
    switch self {
    case .picker: "Filter by Kazakh or English name or id: letters in order, any case"
    case .form: "Edit the field; on the theme field Left and Right choose the theme"
    case .textEditor: "Edit the text; Enter starts a new line"
    case .commandLine: "Edit the line; Left, Right, Home, End, Ctrl-U, Ctrl-W"
    default: nil
    }
  }
}
