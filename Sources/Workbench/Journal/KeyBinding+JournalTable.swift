import TerminalKit

extension KeyBinding {
  /// `J` opens the research journal from anywhere; on it, the keys scroll, add and edit.
  static let journalBindings: [KeyBinding] = [
    KeyBinding(
      [key("J")], .showJournal, in: .global,
      "Research journal: dated entries of your decisions, newest first"),
    KeyBinding([key("j"), .down], .moveDown, in: .journal, "Scroll down"),
    KeyBinding([key("k"), .up], .moveUp, in: .journal, "Scroll up"),
    KeyBinding([.pageDown], .pageDown, in: .journal, "Down one screen"),
    KeyBinding([.pageUp], .pageUp, in: .journal, "Up one screen"),
    KeyBinding([key("g"), .home], .goToTop, in: .journal, "Newest entry"),
    KeyBinding([key("G"), .end], .goToBottom, in: .journal, "Oldest entry"),
    KeyBinding(
      [key("a")], .addJournalEntry, in: .journal, "Add an entry, dated now, in the text editor",
      hint: "add", disabledReason: Availability.editing),
    KeyBinding(
      [key("e")], .editJournalEntry, in: .journal, "Edit your latest entry (it keeps its date)",
      hint: "edit", disabledReason: Availability.ownJournalEntry),
  ]
}
