extension HelpLine {
  /// The key reference as Markdown, for docs/workbench.md: one table per context, then the commands.
  ///
  /// Generated from the binding table, like the help screen; a test fails when the copy in
  /// docs/workbench.md is stale.
  public static var markdown: String {
    var text = ""
    var inTable = false
    for line in all {
      switch line {
      case .heading(let title):
        text += (text.isEmpty ? "" : "\n") + "**\(title)**\n\n| keys | does |\n|---|---|\n"
        inTable = true
      case .row(let keys, let summary):
        guard inTable else { continue }
        text += "| `\(escaped(keys))` | \(escaped(summary)) |\n"
      }
    }
    return text
  }

  private static func escaped(_ text: String) -> String {
    text.replacing("|", with: "\\|")
  }
}
