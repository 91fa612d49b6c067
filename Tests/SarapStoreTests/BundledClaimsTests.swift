import Foundation
import SarapCore
import SarapEngine
import SarapTestSupport
import Testing

@testable import SarapStore

/// The bundled claims ledger checked against an independent count: a plain scan of the codings
/// file's lines, with none of the engine's retrieval, codebook or ledger code.
@Suite("The bundled claims, counted independently")
struct BundledClaimsTests {
  /// A claim as the scan reads it from the file's text.
  struct ScannedClaim {
    var id = ""
    var query = ""
    var quantifier = ""
    var attributes: [(String, String)] = []
  }

  /// A coding line: transcript, start, end, code.
  struct Line {
    var transcript: String
    var start: Int
    var end: Int
    var code: String
  }

  static func text(_ path: String) throws -> String {
    try String(
      contentsOf: Repository.root.appendingPathComponent(path), encoding: .utf8)
  }

  static func scannedClaims() throws -> [ScannedClaim] {
    var claims: [ScannedClaim] = []
    for line in try text("Codebooks/claims.txt").split(separator: "\n") {
      if line.hasPrefix("claim ") { claims.append(ScannedClaim(id: String(line.dropFirst(6)))) }
      guard !claims.isEmpty else { continue }
      if line.hasPrefix("query: ") { claims[claims.count - 1].query = String(line.dropFirst(7)) }
      if line.hasPrefix("quantifier: ") {
        claims[claims.count - 1].quantifier = String(line.dropFirst(12))
      }
      if line.hasPrefix("attribute: ") {
        let parts = line.dropFirst(11).split(separator: "=", maxSplits: 1).map(String.init)
        claims[claims.count - 1].attributes.append((parts[0], parts[1]))
      }
    }
    return claims
  }

  static func codingLines() throws -> [Line] {
    try text("Codebooks/codings/dissertation.txt").split(separator: "\n").dropFirst(2).map {
      let fields = $0.split(separator: "\t", omittingEmptySubsequences: false)
      return Line(
        transcript: String(fields[0]), start: Int(fields[1]) ?? -1, end: Int(fields[2]) ?? -1,
        code: String(fields[3]))
    }
  }

  /// The transcripts whose file header gives the attribute that value.
  static func transcripts(with attribute: (String, String)) throws -> Set<String> {
    Set(
      try (1...15).map { "R" + ($0 < 10 ? "0" : "") + "\($0)" }.filter { id in
        try text("Transcripts/\(id).txt").contains("\nattribute \(attribute.0): \(attribute.1) |")
      })
  }

  /// The coding lines one side of a query names: `a`, or `(a OR b …)`, or `a OR b …`; a code
  /// stands for itself and every code whose id continues it with a dot.
  static func lines(_ side: String, in all: [Line]) -> [Line]? {
    var text = side.trimmingCharacters(in: .whitespaces)
    if text.hasPrefix("("), text.hasSuffix(")") { text = String(text.dropFirst().dropLast()) }
    let words = text.components(separatedBy: " OR ")
    guard words.allSatisfy({ !$0.contains(" ") && !$0.contains("(") }) else { return nil }
    return all.filter { line in
      words.contains { line.code == $0 || line.code.hasPrefix($0 + ".") }
    }
  }

  /// The transcripts with evidence for a query of the forms `X` or `X AND Y`; nil for other
  /// forms (NOT, nested parentheses), which the scan leaves to the engine tests.
  static func evidence(_ query: String, in all: [Line]) -> Set<String>? {
    let sides = query.components(separatedBy: " AND ")
    guard !query.contains("NOT"), sides.count <= 2 else { return nil }
    guard let left = lines(sides[0], in: all) else { return nil }
    guard sides.count == 2 else { return Set(left.map(\.transcript)) }
    guard let right = lines(sides[1], in: all) else { return nil }
    return Set(
      left.filter { a in
        right.contains { b in
          a.transcript == b.transcript
            && ((a.start < b.end && b.start < a.end) || (a.start == b.start && a.end == b.end))
        }
      }.map(\.transcript))
  }

  /// Whether `count` of `of` meets the quantifier, with the thresholds written out by hand.
  static func holds(_ quantifier: String, count: Int, of: Int, counts: [String: Int]) -> Bool? {
    switch quantifier {
    case "all": return of > 0 && count == of
    case "most": return 2 * count > of
    case "several": return count >= 3
    case "some": return count >= 2
    case "one": return count >= 1
    case "none": return count == 0
    case "few": return count <= 3
    default:
      guard quantifier.hasPrefix("more-than "), let other = counts[String(quantifier.dropFirst(10))]
      else { return nil }
      return count > other
    }
  }

  @Test("each claim's count and verdict match a plain scan of the codings file")
  func independentCounts() throws {
    let lines = try Self.codingLines()
    let project = try ProjectFolder(url: Repository.root).load()
    let verdicts = CodedCorpus(project).verdicts(where: SegmentFilter(coders: ["dissertation"]))
    let byID = Dictionary(uniqueKeysWithValues: verdicts.map { ($0.claim.id.rawValue, $0) })
    var counts: [String: Int] = [:]
    var checked = 0
    for claim in try Self.scannedClaims() {
      guard var found = Self.evidence(claim.query, in: lines) else { continue }
      var of = 15
      for attribute in claim.attributes {
        let scope = try Self.transcripts(with: attribute)
        found.formIntersection(scope)
        of = scope.count
      }
      counts[claim.id] = found.count
      let verdict = try #require(byID[claim.id], "\(claim.id) has no verdict")
      #expect(verdict.count == found.count, "\(claim.id) \(claim.query)")
      #expect(verdict.of == of, "\(claim.id)")
      #expect(Set(verdict.transcripts.map(\.rawValue)) == found, "\(claim.id)")
      let expected: Bool? = Self.holds(
        claim.quantifier, count: found.count, of: of, counts: counts)
      guard let holds = expected else {
        Issue.record("\(claim.id): the scan does not know quantifier \(claim.quantifier)")
        continue
      }
      #expect(verdict.isSupported == holds, "\(claim.id)")
      checked += 1
    }
    #expect(checked >= 80, "only \(checked) claims were counted independently")
  }

  @Test("89 claims, 60 supported by the published excerpts (the figures docs/claims.md reports)")
  func totals() throws {
    let project = try ProjectFolder(url: Repository.root).load()
    let verdicts = CodedCorpus(project).verdicts(where: SegmentFilter(coders: ["dissertation"]))
    #expect(verdicts.count == 89)
    #expect(verdicts.filter(\.isSupported).count == 60)
    #expect(verdicts.allSatisfy { $0.problem == nil })
  }
}
