import SarapCore
import Testing

@testable import SarapFormats

/// The research journal format, `sarap-journal 1`.
@Suite("Journal file")
struct JournalFileTests {
  /// A canonical version-1 file as this Sarap writes it.
  ///
  /// Decoding and encoding it again must give the same bytes, and a later Sarap must still read
  /// it. The second entry's text holds a tab, an empty line, a line starting with spaces and a
  /// `#`, and Kazakh.
  static let version1 = """
    sarap-journal 1

    entry 2026-11-20T14:03:00Z
    coder: ana
    text: Split russia into russia.media and russia.policy.

    entry 2026-11-21T09:30:00Z
    coder: Бекзат
    edited: 2026-11-21T10:00:00Z
    text: «Ресей ықпалы» деген жауаптар:
      \tR03 and R07 speak of channels, not policy.
    \u{20}\u{20}
        # indented, not a comment
      екінші абзац

    """

  static let entries = [
    JournalEntry(
      time: Timestamp("2026-11-20T14:03:00Z"), coder: "ana",
      text: "Split russia into russia.media and russia.policy."),
    JournalEntry(
      time: Timestamp("2026-11-21T09:30:00Z"), coder: "Бекзат",
      text:
        "«Ресей ықпалы» деген жауаптар:\n\tR03 and R07 speak of channels, not policy.\n\n"
        + "  # indented, not a comment\nекінші абзац",
      edited: Timestamp("2026-11-21T10:00:00Z")),
  ]

  @Test("a version-1 file decodes to its entries and encodes to the same bytes")
  func version1RoundTrip() throws {
    #expect(Self.version1.contains("\n  \n"), "the empty line of text is two spaces")
    let journal = try JournalFile.decode(Self.version1, path: "Codebooks/journal.txt")
    #expect(journal.entries == Self.entries)
    #expect(JournalFile.encode(journal) == Self.version1)
  }

  @Test(
    "any text survives the file: line breaks, blank lines, tabs, spaces at either end, Kazakh",
    arguments: [
      "one line", "two\nlines", "paragraph\n\nparagraph", "\ttabbed\tinside", "  leading spaces",
      "trailing spaces  ", "ends in a break\n", "\nstarts with a break",
      "Қазақ тілі: ә ғ қ ң ө ұ ү һ і",
      "a\n\n\n\nb", "#not a comment\n# nor this", "text: looks like a key\ncoder: too",
      "entry 2026-11-20T14:03:00Z\nlooks like a head",
    ])
  func anyTextRoundTrips(_ text: String) throws {
    let entry = JournalEntry(time: Timestamp("2026-11-26T17:05:00Z"), coder: "ana", text: text)
    let encoded = JournalFile.encode(Journal([entry]))
    #expect(try JournalFile.decode(encoded, path: "j.txt").entries == [entry], "\(encoded)")
  }

  @Test("entries out of order are read in time order; entries of the same time by coder")
  func timeOrder() throws {
    let text = """
      sarap-journal 1

      entry 2026-11-22T00:00:00Z
      coder: a
      text: third

      entry 2026-11-20T00:00:00Z
      coder: b
      text: second

      entry 2026-11-20T00:00:00Z
      coder: a
      text: first

      """
    let journal = try JournalFile.decode(text, path: "j.txt")
    #expect(journal.entries.map(\.text) == ["first", "second", "third"])
    #expect(journal.newestFirst.map(\.text) == ["third", "second", "first"])
  }

  @Test("a file with the format line only is an empty journal; an empty journal is that line")
  func empty() throws {
    #expect(try JournalFile.decode("sarap-journal 1\n", path: "j.txt") == Journal())
    #expect(JournalFile.encode(Journal()) == "sarap-journal 1\n")
  }

  @Test("a CRLF file is refused at the first carriage return")
  func carriageReturn() {
    let text = "sarap-journal 1\r\n"
    #expect(
      throws: ProjectFileError(
        path: "j.txt", line: 1, column: 16,
        message: "carriage return (Sarap files use LF line endings, not CRLF)")
    ) {
      _ = try JournalFile.decode(
        try ProjectText.decode(Array(text.utf8), path: "j.txt"), path: "j.txt")
    }
  }
}
