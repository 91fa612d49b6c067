import SarapCore

/// The transcript revisions log, `sarap-transcript-revisions 1`: one line per replaced text.
///
/// Fields, tab-separated: time, coder, transcript, the file the old text was saved as (relative
/// to `Transcripts/revisions/`), and a summary (escaped like a memo). See docs/FORMATS.md.
public enum TranscriptRevisionsFile {
  /// The format version this Sarap reads and writes.
  public static let version = 1

  /// The file's first line.
  public static var formatLine: String { "sarap-transcript-revisions \(version)" }

  /// One logged revision.
  public struct Entry: Hashable, Sendable {
    /// When the text was replaced.
    public var time: Timestamp
    /// Who replaced it.
    public var coder: Coder.ID
    /// The transcript.
    public var transcript: Transcript.ID
    /// The saved old revision's file name, such as `R07.1.txt`.
    public var savedAs: String
    /// What happened to the codings.
    public var summary: String

    /// Creates an entry.
    public init(
      time: Timestamp, coder: Coder.ID, transcript: Transcript.ID, savedAs: String, summary: String
    ) {
      self.time = time
      self.coder = coder
      self.transcript = transcript
      self.savedAs = savedAs
      self.summary = summary
    }
  }

  /// Encodes one entry as a line (without its `\n`).
  public static func encodeLine(_ entry: Entry) -> String {
    [
      entry.time.rawValue, MemoEscaping.escape(entry.coder.rawValue), entry.transcript.rawValue,
      entry.savedAs, MemoEscaping.escape(entry.summary),
    ].joined(separator: "\t")
  }

  /// Decodes a log.
  public static func decode(_ text: String, path: String) throws(ProjectFileError) -> [Entry] {
    let source = try SourceText(text, path: path)
    try source.checkFormatLine(kind: "transcript-revisions", version: version)
    var entries: [Entry] = []
    for (index, line) in source.lines.enumerated().dropFirst()
    where !line.isEmpty && !line.hasPrefix("#") {
      let fields = TabFields(line, number: index + 1, in: source)
      try fields.expect(count: 5, names: "time, coder, transcript, saved as, summary")
      entries.append(
        Entry(
          time: try fields.time(0), coder: Coder.ID(try fields.text(1)),
          transcript: Transcript.ID(try fields.id(2, "a transcript id")),
          savedAs: try fields.id(3, "a file name"), summary: try fields.text(4)))
    }
    return entries
  }
}
