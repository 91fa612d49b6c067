/// One dated entry of the research journal: who wrote it, when, and what.
///
/// The text is free and may run over several lines; it holds no carriage return or NUL (a
/// project file cannot) and is never blank. An entry edited after it was written keeps its
/// time and coder and records when it was edited.
public struct JournalEntry: Hashable, Sendable {
  /// When the entry was written.
  public var time: Timestamp
  /// Who wrote it.
  public var coder: Coder.ID
  /// When the entry was last edited; nil when never.
  public var edited: Timestamp?
  /// What the researcher wrote.
  public var text: String

  /// Creates an entry.
  public init(time: Timestamp, coder: Coder.ID, text: String, edited: Timestamp? = nil) {
    self.time = time
    self.coder = coder
    self.edited = edited
    self.text = text
  }

  /// Why the text cannot be an entry's text, or nil: it is blank, or holds a carriage return
  /// or a NUL.
  public static func textProblem(_ text: String) -> String? {
    if text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
      return "a journal entry needs some text"
    }
    if text.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\0" }) {
      return "a journal entry cannot hold a carriage return or a NUL character"
    }
    return nil
  }
}

extension JournalEntry {
  /// Text as typed or piped in, made fit for an entry: CRLF line ends become LF and line breaks
  /// at the end are dropped (what `echo` and editors add).
  public static func normalisedText(_ text: String) -> String {
    var scalars = Array(text.unicodeScalars)
    for index in scalars.indices.reversed()
    where scalars[index] == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n" {
      scalars.remove(at: index)
    }
    while scalars.last == "\n" { scalars.removeLast() }
    return String(String.UnicodeScalarView(scalars))
  }
}
