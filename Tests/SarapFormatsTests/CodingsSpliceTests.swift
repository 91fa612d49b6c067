import SarapCore
import SarapTestSupport
import Testing

@testable import SarapFormats

/// A save of one coding splices its line into the file's bytes: the same bytes as encoding the
/// whole file, or no splice at all when the file is not in canonical form where the change falls.
@Suite("Codings file splices")
struct CodingsSpliceTests {
  /// 300 codings of two coders in key order, with Kazakh ids, memos with tabs, newlines and
  /// backslashes.
  static func codings(_ random: inout SeededGenerator) -> [Coding] {
    let memos = ["", "", "Ресей ықпалы", "tab\there", "line\nbreak", "a\\b", "жұмсақ күш"]
    var codings: [Coding] = []
    for index in 0..<300 {
      let start = Int.random(in: 0...50_000, using: &random)
      codings.append(
        Coding(
          transcript: Transcript.ID("S\(index % 9)"),
          range: TextRange(start: start, end: start + Int.random(in: 0...400, using: &random)),
          code: Code.ID(["russia", "china.media", "қорғаныс"][index % 3]),
          coder: index % 4 == 0 ? "ana" : "Әлия",
          time: Timestamp("2026-12-04T00:\(10 + index % 50):00Z"),
          fingerprint: TextFingerprint(value: UInt32.random(in: 0...UInt32.max, using: &random)),
          memo: memos.randomElement(using: &random) ?? ""))
    }
    return Array(Set(codings.map(\.key)).count == codings.count ? codings : [])
      .sorted { $0.keyPrecedes($1) }
  }

  @Test("inserting or removing any coding gives the bytes of the whole file encoded")
  func spliceIsTheEncoding() throws {
    var random = SeededGenerator(seed: 20_261_204)
    let all = Self.codings(&random)
    try #require(all.count == 300)
    let coder: Coder.ID = "Әлия"
    for _ in 0..<60 {
      let removed = try #require(all.filter { $0.coder == coder }.randomElement(using: &random))
      let without = all.filter { $0 != removed }
      let full = Array(CodingsFile.encode(coder: coder, codings: all).utf8)
      let short = Array(CodingsFile.encode(coder: coder, codings: without).utf8)
      let inserted = CodingsFile.splice(
        short, coder: coder, codings: without, change: .insert(removed))
      #expect(inserted == full)
      let taken = CodingsFile.splice(full, coder: coder, codings: all, change: .remove(removed))
      #expect(taken == short)
    }
    let first = try #require(all.first { $0.coder == coder })
    let only = Array(CodingsFile.encode(coder: coder, codings: [first]).utf8)
    let empty = Array(CodingsFile.encode(coder: coder, codings: []).utf8)
    #expect(CodingsFile.splice(empty, coder: coder, codings: [], change: .insert(first)) == only)
    #expect(
      CodingsFile.splice(only, coder: coder, codings: [first], change: .remove(first)) == empty)
  }

  @Test("a file not in canonical form where the change falls is not spliced")
  func nonCanonicalDeclined() throws {
    var random = SeededGenerator(seed: 7)
    let all = Self.codings(&random).filter { $0.coder == "ana" }
    let new = Coding(
      transcript: "S0", range: TextRange(start: 60_000, end: 60_001), code: "russia",
      coder: "ana", time: Timestamp("2026-12-04T01:00:00Z"),
      fingerprint: TextFingerprint(value: 1), memo: "")
    let text = CodingsFile.encode(coder: "ana", codings: all)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let last = all.last { $0.transcript == "S0" }
    let lastLine = try #require(
      lines.firstIndex { $0.hasPrefix("S0\t\(last?.range.start ?? -1)\t") })
    let variants = [
      text + "# a comment\n",
      String(text.dropLast()),
      text.replacingOccurrences(of: "coder: ana", with: "coder:  ana"),
      { () -> String in
        var edited = lines
        edited[lastLine] = edited[lastLine].replacingOccurrences(of: "S0\t", with: "S0\t0")
        return edited.joined(separator: "\n")
      }(),
      { () -> String in
        var edited = lines
        edited.swapAt(lastLine, lastLine + 1)
        return edited.joined(separator: "\n")
      }(),
    ]
    for variant in variants {
      #expect(variant != text)
      #expect(
        CodingsFile.splice(Array(variant.utf8), coder: "ana", codings: all, change: .insert(new))
          == nil, "\(variant.suffix(80))")
    }
    #expect(
      CodingsFile.splice(Array(text.utf8), coder: "Әлия", codings: all, change: .insert(new))
        == nil)
    #expect(
      CodingsFile.splice(Array(text.utf8), coder: "ana", codings: all, change: .remove(new))
        == nil)
  }
}
