import SarapCore
import Testing

@testable import SarapFormats

/// Every malformed file gives one error naming its path, line and column.
@Suite("Malformed project files")
struct BadInputTests {
  /// A malformed file and the error it must give, as `line:col: message`.
  struct Case: CustomTestStringConvertible, Sendable {
    var kind: String
    var text: String
    var error: String

    var testDescription: String { "\(kind): \(error)" }
  }

  static let transcripts: [Case] = [
    Case(
      kind: "transcript", text: "",
      error: "1:1: empty file; expected the format line 'sarap-transcript 1'"),
    Case(
      kind: "transcript", text: "sarap-transcript 7\nid: T\n---\n",
      error: "1:18: unsupported sarap-transcript format version '7' (this Sarap reads version 1)"),
    Case(
      kind: "transcript", text: "sarap-codebook 1\n",
      error: "1:1: expected the format line 'sarap-transcript 1', found 'sarap-codebook 1'"),
    Case(
      kind: "transcript", text: "sarap-transcript 1\nid: T\ntitle: x\n",
      error: "4:1: the header does not end: expected a line '---' before the body"),
    Case(
      kind: "transcript", text: "sarap-transcript 1\ntitle: x\n---\n",
      error: "3:1: missing 'id: …' in the header"),
    Case(
      kind: "transcript", text: "sarap-transcript 1\nid: T\ncolour: red\n---\n",
      error: "3:1: unknown key 'colour'"),
    Case(
      kind: "transcript", text: "sarap-transcript 1\nid: T\nid: U\n---\n",
      error: "3:1: duplicate key 'id' (first on line 2)"),
    Case(
      kind: "transcript", text: "sarap-transcript 1\nid: T\ntitle x\n---\n",
      error: "3:1: expected 'key: value'"),
    Case(
      kind: "transcript", text: "sarap-transcript 1\nid: T\n memo\n---\n",
      error: "3:1: a continuation line starts with exactly two spaces"),
    Case(
      kind: "transcript", text: "sarap-transcript 1\n  more\n---\n",
      error: "2:1: continuation line with no 'key: value' line before it"),
    Case(
      kind: "transcript", text: "sarap-transcript 1\nid: U\n---\n",
      error: "2:5: id 'U' does not match the file name 'T.txt'"),
    Case(
      kind: "transcript", text: "sarap-transcript 1\nid: T\n---\nab\r\n",
      error: "4:3: carriage return (Sarap files use LF line endings, not CRLF)"),
    Case(
      kind: "transcript", text: "sarap-transcript 1\nid: T\n---\na\0b\n",
      error: "4:2: NUL character (not allowed in a text file)"),
    Case(
      kind: "transcript", text: "\u{FEFF}sarap-transcript 1\n",
      error: "1:1: byte order mark at the start of the file (Sarap files are UTF-8 without a BOM)"),
    Case(
      kind: "transcript", text: "sarap-transcript 1\nid: T\nattribute: x\n---\n",
      error: "3:1: expected 'attribute NAME: VALUE' with a name without spaces"),
    Case(
      kind: "transcript", text: "sarap-transcript 1\nid: T\nattribute age:\n---\n",
      error: "3:15: missing value for 'age' (write 'unknown' when the sources do not say)"),
    Case(
      kind: "transcript", text: "sarap-transcript 1\nid: T\nexcerpt E1: line x | 0..1\n---\nab",
      error: "3:13: expected 'line N | START..END' with an optional '| repeats ID'"),
    Case(
      kind: "transcript", text: "sarap-transcript 1\nid: T\nexcerpt E1: line 3 | 0..9\n---\nab",
      error: "3:13: excerpt range 0..9 lies outside the body (2 characters)"),
    Case(
      kind: "transcript", text: "sarap-transcript 1\nid: T\nexcerpt E1: line 3 | 2..1\n---\nab",
      error: "3:13: expected 'line N | START..END' with an optional '| repeats ID'"),
  ]

  static let codebooks: [Case] = [
    Case(
      kind: "codebook", text: "sarap-codebook 1\n\nkod x\n",
      error: "3:1: expected 'code ID' to start a block"),
    Case(
      kind: "codebook", text: "sarap-codebook 1\n\ncode a b\n",
      error: "3:6: expected 'code ID': one id without spaces"),
    Case(
      kind: "codebook", text: "sarap-codebook 1\n\ncode a\nname: A\n",
      error: "4:1: unknown key 'name'"),
    Case(
      kind: "codebook", text: "sarap-codebook 1\n\ncode a\ncolour: red\n",
      error: "4:9: expected a colour '#RRGGBB', found 'red'"),
    Case(
      kind: "codebook", text: "sarap-codebook 1\n\ncode a\n\ncode a\n",
      error: "5:6: duplicate code id 'a' (first on line 3)"),
    Case(
      kind: "codebook", text: "sarap-codebook 1\n\ncode a\nparent: b\n",
      error: "4:9: parent 'b' is not a code"),
    Case(
      kind: "codebook", text: "sarap-codebook 1\n\ncode a\nparent: b\n\ncode b\nparent: a\n",
      error: "4:9: parent 'b' makes a cycle: 'a' would be its own ancestor"),
    Case(
      kind: "codebook", text: "sarap-codebook 1\n\ncode a\nkk: x\nkk: y\n",
      error: "5:1: duplicate key 'kk' (first on line 4)"),
  ]

  static let codings: [Case] = [
    Case(
      kind: "codings", text: "sarap-codings 1\n",
      error: "2:1: missing 'coder: NAME' on the line after the format line"),
    Case(kind: "codings", text: "sarap-codings 1\nwho: a\n", error: "2:1: unknown key 'who'"),
    Case(
      kind: "codings", text: "sarap-codings 1\ncoder: a\nT\t1\t2\tc\n",
      error:
        "3:8: expected 6 or 7 tab-separated fields (transcript, start, end, code, fingerprint, time, memo), found 4"
    ),
    Case(
      kind: "codings",
      text: "sarap-codings 1\ncoder: a\nT\t-1\t2\tc\t00000000\t2026-01-01T00:00:00Z\n",
      error: "3:3: start is not an offset"),
    Case(
      kind: "codings",
      text: "sarap-codings 1\ncoder: a\nT\t3\t2\tc\t00000000\t2026-01-01T00:00:00Z\n",
      error: "3:5: end 2 lies before start 3"),
    Case(
      kind: "codings",
      text: "sarap-codings 1\ncoder: a\nT\t1\t2\tc\t0000zz00\t2026-01-01T00:00:00Z\n",
      error: "3:9: a fingerprint is 8 hex digits, found '0000zz00'"),
    Case(
      kind: "codings", text: "sarap-codings 1\ncoder: a\nT\t1\t2\tc\t00000000\t26-01-01\n",
      error: "3:18: expected a UTC time like 2026-11-26T17:05:00Z, found '26-01-01'"),
    Case(
      kind: "codings",
      text: "sarap-codings 1\ncoder: a\nT\t1\t2\tc\t00000000\t2026-01-01T00:00:00Z\tbad \\q\n",
      error: "3:39: a memo may only use the escapes \\\\, \\t and \\n"),
    Case(
      kind: "codings",
      text:
        "sarap-codings 1\ncoder: a\nT\t1\t2\tc\t00000000\t2026-01-01T00:00:00Z\nT\t1\t2\tc\t00000001\t2026-01-02T00:00:00Z\n",
      error: "4:1: duplicate coding (the same range and code are on line 3)"),
  ]

  static let guides: [Case] = [
    Case(
      kind: "guide", text: "sarap-guide 1\n\nquestion Q1\nkk: a\n",
      error: "3:1: a question comes before any 'revision ID' block"),
    Case(
      kind: "guide", text: "sarap-guide 1\n\nrevision a\nauthor: x\n",
      error: "4:1: unknown key 'author'"),
    Case(
      kind: "guide", text: "sarap-guide 1\n\nrevision a\n\nrevision a\n",
      error: "5:10: duplicate revision id 'a'"),
    Case(
      kind: "guide", text: "sarap-guide 1\n\nrevision a\n\nquestion Q1\n\nquestion Q1\n",
      error: "7:10: duplicate question id 'Q1' in this revision (first on line 5)"),
    Case(
      kind: "guide", text: "sarap-guide 1\n\nrevision a\n\nquestion Q1\nreplaces:\n",
      error: "6:10: expected question ids separated by single spaces"),
    Case(
      kind: "guide", text: "sarap-guide 2\n",
      error: "1:13: unsupported sarap-guide format version '2' (this Sarap reads version 1)"),
  ]

  static let descriptions: [Case] = [
    Case(kind: "project", text: "sarap-project 1\nname: x\n", error: "2:1: unknown key 'name'"),
    Case(
      kind: "project", text: "sarap-project 1\ntitle: a\ntitle: b\n",
      error: "3:1: duplicate key 'title' (first on line 2)"),
    Case(
      kind: "project", text: "sarap-project 1\nfact n:\n",
      error: "2:8: missing value for 'n' (write 'unknown' when the sources do not say)"),
    Case(
      kind: "project", text: "sarap-projekt 1\n",
      error: "1:1: expected the format line 'sarap-project 1', found 'sarap-projekt 1'"),
  ]

  static let journals: [Case] = [
    Case(
      kind: "journal", text: "sarap-journal 2\n",
      error: "1:15: unsupported sarap-journal format version '2' (this Sarap reads version 1)"),
    Case(
      kind: "journal", text: "sarap-journal 1\n\nnote 2026-11-26T17:05:00Z\n",
      error: "3:1: expected 'entry ID' to start a block"),
    Case(
      kind: "journal", text: "sarap-journal 1\n\nentry 2026-11-26 17:05\ncoder: a\ntext: x\n",
      error: "3:7: expected 'entry ID': one id without spaces"),
    Case(
      kind: "journal", text: "sarap-journal 1\n\nentry 26-11-2026\ncoder: a\ntext: x\n",
      error: "3:7: expected a UTC time like 2026-11-26T17:05:00Z, found '26-11-2026'"),
    Case(
      kind: "journal", text: "sarap-journal 1\n\nentry 2026-02-30T10:00:00Z\ncoder: a\ntext: x\n",
      error:
        "3:7: impossible UTC time '2026-02-30T10:00:00Z': day 30 is not 1 to 28 (month 2 of 2026)"),
    Case(
      kind: "journal", text: "sarap-journal 1\n\nentry 2026-11-26T17:05:00Z\ntext: x\n",
      error: "3:1: entry 2026-11-26T17:05:00Z has no 'coder:' line"),
    Case(
      kind: "journal", text: "sarap-journal 1\n\nentry 2026-11-26T17:05:00Z\ncoder: ana\n",
      error: "3:1: entry 2026-11-26T17:05:00Z has no 'text:' line"),
    Case(
      kind: "journal",
      text: "sarap-journal 1\n\nentry 2026-11-26T17:05:00Z\ncoder: ana\ntext:\n  \n",
      error: "5:6: a journal entry needs some text"),
    Case(
      kind: "journal",
      text: "sarap-journal 1\n\nentry 2026-11-26T17:05:00Z\ncoder: ana\nmood: x\ntext: y\n",
      error: "5:1: unknown key 'mood'"),
    Case(
      kind: "journal",
      text: "sarap-journal 1\n\nentry 2026-11-26T17:05:00Z\ncoder: ana\ncoder: bo\ntext: y\n",
      error: "5:1: duplicate key 'coder' (first on line 4)"),
    Case(
      kind: "journal",
      text: "sarap-journal 1\n\nentry 2026-11-26T17:05:00Z\ncoder: ana \ntext: y\n",
      error: "4:8: a coder's name cannot begin or end with a space"),
    Case(
      kind: "journal",
      text: "sarap-journal 1\n\nentry 2026-11-26T17:05:00Z\ncoder: ana\nedited: soon\ntext: y\n",
      error: "5:9: expected a UTC time like 2026-11-26T17:05:00Z, found 'soon'"),
    Case(
      kind: "journal",
      text: "sarap-journal 1\n\nentry 2026-11-26T17:05:00Z\ncoder: ana\ntext: y\n\tz\n",
      error: "6:1: a continuation line starts with exactly two spaces"),
  ]

  static func decode(_ item: Case) -> ProjectFileError? {
    let path = "dir/T.txt"
    do {
      switch item.kind {
      case "transcript": _ = try TranscriptFile.decode(item.text, path: path)
      case "codebook": _ = try CodebookFile.decode(item.text, path: path)
      case "codings": _ = try CodingsFile.decode(item.text, path: path)
      case "guide": _ = try GuideFile.decode(item.text, path: path)
      case "journal": _ = try JournalFile.decode(item.text, path: path)
      default: _ = try ProjectDescriptionFile.decode(item.text, path: path)
      }
      return nil
    } catch {
      return error
    }
  }

  @Test(
    "each malformed file gives one path:line:col error",
    arguments: transcripts + codebooks + codings + guides + descriptions + journals)
  func malformed(_ item: Case) {
    #expect(Self.decode(item)?.description == "dir/T.txt:" + item.error)
  }

  @Test("invalid UTF-8 names the line, column and byte offset of the first bad byte")
  func invalidUTF8() {
    let bytes = Array("sarap-codings 1\ncoder: ä".utf8) + [0xC3, 0x28]
    #expect(
      throws: ProjectFileError(
        path: "c.txt", line: 2, column: 9, message: "invalid UTF-8 at byte offset 25")
    ) {
      _ = try ProjectText.decode(bytes, path: "c.txt")
    }
  }
}
