import SarapCore
import SarapTestSupport

/// Test text with coded ranges written in it: `Ресей {ықпалы} зор` codes `ықпалы`.
///
/// Braces nest and may not cross; the text itself never contains braces.
struct MarkedText {
  /// The text without the markers.
  let text: String
  /// The marked ranges, in the order their opening braces appear.
  let ranges: [TextRange]

  init(_ marked: String) {
    var scalars = String.UnicodeScalarView()
    var open: [(index: Int, start: Int)] = []
    var ranges: [TextRange?] = []
    for scalar in marked.unicodeScalars {
      switch scalar {
      case "{":
        open.append((ranges.count, scalars.count))
        ranges.append(nil)
      case "}":
        if let last = open.popLast() {
          ranges[last.index] = TextRange(start: last.start, end: scalars.count)
        }
      default: scalars.append(scalar)
      }
    }
    text = String(scalars)
    self.ranges = ranges.compactMap { $0 }
  }
}

/// A one-transcript project for revision tests.
enum RevisionFixture {
  static let time = Timestamp("2031-01-01T00:00:00Z")

  static func coding(_ range: TextRange, code: Code.ID = "a", in body: TranscriptText) -> Coding {
    Coding.fixture(code, range, in: "T1", body: body, time: time)
  }

  /// A project whose transcript is the marked text, each marked range coded with code `a`
  /// (nested ranges with `b`, `c`, … so that their keys differ).
  static func project(_ marked: MarkedText, excerpts: Bool = false) -> Project {
    let body = TranscriptText(marked.text)
    let codes: [Code.ID] = ["a", "b", "c", "d", "e", "f"]
    let codings = marked.ranges.enumerated().map { index, range in
      coding(range, code: codes[index % codes.count], in: body)
    }
    let transcript = Transcript(
      id: "T1",
      excerpts: excerpts
        ? marked.ranges.enumerated().map {
          Excerpt(id: Excerpt.ID("E\($0 + 1)"), sourceLine: 1, range: $1)
        }
        : [],
      body: body)
    return Project(
      codebook: Codebook(codes.map { Code(id: $0, nameKK: $0.rawValue, nameEN: $0.rawValue) }),
      transcripts: [transcript], codings: codings)
  }
}
