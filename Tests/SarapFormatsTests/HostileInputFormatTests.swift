import Foundation
import SarapCore
import Testing

@testable import SarapFormats

/// Hostile and malformed input at the format layer.
///
/// Bounded numbers, bounded nesting, real times, linear codebook reading. See docs/durability.md, "Hostile and malformed input".
@Suite("Hostile and malformed input in the formats")
struct HostileInputFormatTests {
  static let size = 100_000

  @Test("elements nested 20,000 deep: an error at the 257th level, no stack overflow")
  func deepXML() throws {
    let deep =
      "<r>\n" + String(repeating: "<b>", count: 20_000) + String(repeating: "</b>", count: 20_000)
      + "</r>"
    let error = #expect(throws: ProjectFileError.self) {
      try XMLReader.parse(Array(deep.utf8), path: "x.qde")
    }
    #expect(error?.description.hasPrefix("x.qde:2:") == true, "\(String(describing: error))")
    #expect(error?.message == "nesting deeper than 256 elements")
    let allowed =
      String(repeating: "<b>", count: 256) + String(repeating: "</b>", count: 256)
    #expect(try XMLReader.parse(Array(allowed.utf8), path: "x.qde").name == "b")
  }

  @Test("numbers: digits only, at most 2³¹ − 1")
  func boundedNumbers() {
    #expect(InputLimits.number("0") == 0)
    #expect(InputLimits.number("2147483647") == 2_147_483_647)
    for bad in ["2147483648", "9223372036854775807", "99999999999999999999", "-1", "+1", "", " 1"] {
      #expect(InputLimits.number(bad) == nil, "\(bad)")
    }
  }

  @Test("a time must name a real moment: month, day (leap years), hour, minute, second")
  func realTimes() {
    for good in ["2026-11-26T17:05:00Z", "2024-02-29T23:59:59Z", "2000-02-29T00:00:00.5Z"] {
      #expect(TimestampSyntax.isValid(Substring(good)), "\(good)")
    }
    let bad = [
      "2026-13-45T99:99:99Z": "month 13 is not 1 to 12",
      "2026-00-01T00:00:00Z": "month 0 is not 1 to 12",
      "2025-02-29T00:00:00Z": "day 29 is not 1 to 28 (month 2 of 2025)",
      "1900-02-29T00:00:00Z": "day 29 is not 1 to 28 (month 2 of 1900)",
      "2026-04-31T00:00:00Z": "day 31 is not 1 to 30 (month 4 of 2026)",
      "2026-01-01T24:00:00Z": "hour 24 is not 0 to 23",
      "2026-01-01T00:60:00Z": "minute 60 is not 0 to 59",
      "2026-01-01T00:00:60Z": "second 60 is not 0 to 59",
    ]
    for (text, problem) in bad {
      #expect(!TimestampSyntax.isValid(Substring(text)))
      #expect(TimestampSyntax.rangeProblem(Substring(text)) == problem)
    }
    let codings = "sarap-codings 1\ncoder: a\nT\t1\t2\tc\t00000000\t2026-13-45T99:99:99Z\n"
    let error = #expect(throws: ProjectFileError.self) {
      try CodingsFile.decode(codings, path: "c.txt")
    }
    #expect(
      error?.description
        == "c.txt:3:18: impossible UTC time '2026-13-45T99:99:99Z': month 13 is not 1 to 12")
  }

  @Test("a history line with an out-of-range sequence, target or offset fails at its key")
  func historyNumbers() throws {
    let entry = HistoryEntry(
      sequence: 1, kind: .apply, coder: "ana", time: Timestamp("2026-11-26T00:00:00Z"),
      summary: "s", edit: .batch([]), inverse: .batch([]))
    let line = HistoryFile.encodeLine(entry)
    let cases = [
      (#""sequence":1"#, #""sequence":9223372036854775807"#, "sequence 9223372036854775807"),
      (#""sequence":1"#, #""sequence":0"#, "sequence 0 is out of range"),
      (#""coder":"ana""#, #""coder":"""#, "a coder's name cannot be blank"),
      (#""coder":"ana""#, #""coder":"a\tb""#, "cannot hold a tab"),
      (#""time":"2026-11-26T00:00:00Z""#, #""time":"2026-11-31T00:00:00Z""#, "real UTC time"),
      (#""edit":{"batch":{"_0":[]}}"#, #""edit":{"moveCode":{"_0":"x","from":-1,"to":9}}"#, "-1"),
    ]
    for (old, new, message) in cases {
      let changed = line.replacingOccurrences(of: old, with: new)
      #expect(changed != line, "\(old) not in \(line)")
      let error = #expect(throws: ProjectFileError.self) {
        try HistoryFile.decodeLine(changed, path: "h", number: 4)
      }
      let key = String(new.prefix { $0 != ":" })
      let column =
        changed.distance(from: changed.startIndex, to: changed.range(of: key)!.lowerBound) + 1
      #expect(error?.line == 4)
      #expect(error?.column == column, "\(new)")
      #expect(error?.message.contains(message) == true, "\(String(describing: error))")
    }
  }

  @Test("a history edit of batches nested 100,000 deep is refused, not a stack overflow")
  func deepHistoryBatch() {
    let depth = Self.size
    let nested =
      String(repeating: #"{"batch":{"_0":["#, count: depth) + String(repeating: "]}}", count: depth)
    let line =
      #"{"coder":"ana","edit":"# + nested
      + #","format":"sarap-history 1","inverse":{"batch":{"_0":[]}},"#
      + #""kind":"apply","sequence":1,"summary":"s","time":"2026-11-26T00:00:00Z"}"#
    #expect(throws: ProjectFileError.self) {
      try HistoryFile.decodeLine(line, path: "h", number: 1)
    }
  }

  @Test("a codebook file with a 100,000-deep chain of parents reads (linear, no recursion)")
  func deepCodebookFile() throws {
    var text = "sarap-codebook 1\n"
    for index in 0..<Self.size {
      text += "\ncode c\(index)\n" + (index == 0 ? "" : "parent: c\(index - 1)\n")
      text += "kk: к\nen: c\n"
    }
    let book = try CodebookFile.decode(text, path: "codebook.txt")
    #expect(book.codes.count == Self.size)
    #expect(book.depth(of: Code.ID("c\(Self.size - 1)")) == Self.size - 1)
    let cycle = text.replacingOccurrences(of: "code c0\n", with: "code c0\nparent: c99999\n")
    let error = #expect(throws: ProjectFileError.self) {
      try CodebookFile.decode(cycle, path: "codebook.txt")
    }
    #expect(error?.message.contains("makes a cycle") == true)
    #expect(error?.line == 4)
  }

  @Test("a .qdc of 100,000 flat codes of one name imports every code (linear matching)")
  func flatCodebookImport() throws {
    var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    xml += "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"test\"><Codes>\n"
    for index in 0..<Self.size {
      let hex = String(index, radix: 16)
      let guid = "00000000-0000-4000-8000-" + String(repeating: "0", count: 12 - hex.count) + hex
      xml += "<Code guid=\"\(guid)\" name=\"c\" isCodable=\"true\"/>\n"
    }
    xml += "</Codes></CodeBook>\n"
    let result = try REFIImport.codebook(
      Array(xml.utf8), path: "flat.qdc", into: Project(), guids: REFIGUIDs())
    guard case .batch(let edits) = result.edit else {
      Issue.record("not a batch")
      return
    }
    #expect(edits.count == Self.size)
    guard case .addCode(let last, _) = edits.last else { return }
    #expect(last.id == Code.ID("c-\(Self.size)"))
    var project = Project()
    try project.apply(result.edit)
    #expect(project.codebook.codes.count == Self.size)
  }
}
