import Foundation
import FoundationXML
import Testing

/// `sarap claims check --format html`: the evidence appendix as one page, parsed by xmllint and
/// checked against a plain scan of the claims and codings files (none of the engine's code).
@Suite("The claims' HTML evidence appendix")
struct ClaimsAppendixTests {
  /// A coding line of the codings file: transcript, start, end, code.
  struct CodingLine: Hashable {
    var transcript: String
    var start: String
    var end: String
    var code: String
  }

  /// A claim whose query is one code or codes joined by OR, with no scope lines, counting
  /// transcripts: the claims a scan can count without a query engine.
  struct SimpleClaim {
    var id: String
    var codes: [String]
    var quantifier: String
  }

  /// The appendix written to `appendix.html` in the project, checked by `xmllint --html` and
  /// read back as XHTML.
  static func page(_ arguments: [String], in project: URL) throws -> (XMLDocument, String) {
    try SarapBinary.run(
      ["claims", "check", "--format", "html", "--output", "appendix.html"] + arguments,
      in: project
    ).check()
    let path = project.appendingPathComponent("appendix.html").path
    let lint = try FigureCommandTests.tool(["xmllint", "--html", "--noout", path], in: project)
    #expect(lint.stderr.isEmpty, "xmllint: \(lint.stderr)")
    let xhtml = try FigureCommandTests.tool(["xmllint", "--html", "--xmlout", path], in: project)
    return (
      try XMLDocument(data: Data(xhtml.stdout.utf8)),
      try String(contentsOfFile: path, encoding: .utf8)
    )
  }

  /// The text of every node an XPath finds.
  static func strings(_ xpath: String, in page: XMLNode) throws -> [String] {
    try page.nodes(forXPath: xpath).map { $0.stringValue ?? "" }
  }

  /// A claim section's fact.
  static func fact(_ key: String, of claim: String, in page: XMLDocument) throws -> String? {
    try strings(
      "//div[@id='claim-\(claim)']/table[@class='facts']/tr[th='\(key)']/td", in: page
    ).first
  }

  static func codingLines(_ project: URL) throws -> [CodingLine] {
    let text = try String(
      contentsOf: project.appendingPathComponent("Codebooks/codings/dissertation.txt"),
      encoding: .utf8)
    return text.split(separator: "\n").dropFirst(2).map {
      let fields = $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      return CodingLine(transcript: fields[0], start: fields[1], end: fields[2], code: fields[3])
    }
  }

  /// Every claim id in file order, and the simple claims among them.
  static func claims(_ project: URL) throws -> (ids: [String], simple: [SimpleClaim]) {
    let text = try String(
      contentsOf: project.appendingPathComponent("Codebooks/claims.txt"), encoding: .utf8)
    var ids: [String] = []
    var simple: [SimpleClaim] = []
    for block in text.components(separatedBy: "\nclaim ").dropFirst() {
      let lines = block.split(separator: "\n").map(String.init)
      ids.append(lines[0])
      func value(_ key: String) -> String? {
        lines.first { $0.hasPrefix(key + ": ") }.map { String($0.dropFirst(key.count + 2)) }
      }
      guard let query = value("query"), let quantifier = value("quantifier"),
        value("question") == nil, value("attribute") == nil, value("unit") != "segments",
        !query.contains("AND"), !query.contains("NOT"), !query.contains("(")
      else { continue }
      simple.append(
        SimpleClaim(
          id: lines[0], codes: query.components(separatedBy: " OR "), quantifier: quantifier))
    }
    return (ids, simple)
  }

  /// Whether `count` of 15 meets a built-in quantifier word; nil for any other quantifier.
  static func holds(_ quantifier: String, count: Int) -> Bool? {
    switch quantifier {
    case "all": count == 15
    case "most": 2 * count > 15
    case "several": count >= 3
    case "some": count >= 2
    case "one": count >= 1
    case "none": count == 0
    default: nil
    }
  }

  @Test("every claim with wording, facts and evidence; counts and segments match a plain scan")
  func independentCounts() throws {
    let folder = try TemporaryFolder()
    let project = try ClaimsCommandTests.bundledCopy(in: folder)
    let (page, _) = try Self.page(["--coder", "dissertation"], in: project)
    let (ids, simple) = try Self.claims(project)
    #expect(try Self.strings("//div[@id='claims']/table/tr/td[1]", in: page) == ids)
    #expect(
      try Self.strings("//div[starts-with(@id, 'claim-')]/@id", in: page)
        == ids.map { "claim-" + $0 })
    #expect(try Self.strings("//div[@id='claim-C17']/h2", in: page) == ["C17: not supported"])
    #expect(
      try Self.fact("kk", of: "C17", in: page)
        == "Респонденттердің басым бөлігі РФ-нің Қазақстанға ықпал деңгейі жақын болашақта "
        + "өзгермейтінін дәйектеді.")
    #expect(try Self.fact("source", of: "C17", in: page) == "dissertation line 1774")
    #expect(try Self.fact("threshold", of: "C17", in: page) == "most: at least 8")
    #expect(try Self.fact("margin", of: "C17", in: page) == "5: needs 5 transcripts more")
    let lines = try Self.codingLines(project)
    var checked = 0
    for claim in simple {
      let evidence = lines.filter { line in
        claim.codes.contains { line.code == $0 || line.code.hasPrefix($0 + ".") }
      }
      let transcripts = Set(evidence.map(\.transcript))
      let rows = try page.nodes(
        forXPath: "//div[@id='claim-\(claim.id)']/table[not(@class)]/tr[td]")
      let quoted = try rows.map { row in
        try Self.strings("td", in: row).prefix(4).joined(separator: " ")
      }
      #expect(try Self.fact("count", of: claim.id, in: page) == String(transcripts.count))
      #expect(try Self.fact("of", of: claim.id, in: page) == "15 transcripts")
      #expect(
        try Self.fact("transcripts", of: claim.id, in: page)
          == transcripts.sorted().joined(separator: " "), "\(claim.id)")
      #expect(quoted.count == Set(quoted).count, "\(claim.id): a segment quoted twice")
      let scanned = Set(evidence.map { "\($0.transcript) \($0.start) \($0.end)" })
      #expect(
        Set(quoted.map { Self.withoutQuestion($0) }) == scanned, "\(claim.id): evidence differs")
      if let holds = Self.holds(claim.quantifier, count: transcripts.count) {
        #expect(
          try Self.fact("verdict", of: claim.id, in: page)
            == (holds ? "supported" : "not supported"), "\(claim.id)")
      }
      checked += 1
    }
    #expect(checked >= 10, "only \(checked) claims were counted by the scan")
  }

  @Test("every text is escaped: a wording with markup reads back exactly, and runs no script")
  func escaping() throws {
    let folder = try TemporaryFolder()
    let project = try ClaimsCommandTests.bundledCopy(in: folder)
    let wording = "<script>alert(\"x\")</script> & 'R&D' <b>bold</b>"
    try SarapBinary.run(
      [
        "claims", "add", "--query", "russia.persistence", "--quantifier", "one", "--en", wording,
        "--source", "a <source> & more",
      ], in: project
    ).check()
    let (page, html) = try Self.page(["--lang", "kk"], in: project)
    #expect(try Self.fact("en", of: "C90", in: page) == wording)
    #expect(try Self.fact("source", of: "C90", in: page) == "a <source> & more")
    #expect(!html.contains("<script>") && !html.contains("<b>bold"))
    #expect(try Self.strings("//script", in: page).isEmpty)
    #expect(try Self.strings("/html/@lang", in: page) == ["kk"])
    let facts = try Self.strings("//div[@id='claim-C17']/table[@class='facts']/tr/th", in: page)
    #expect(facts.prefix(2) == ["kk", "en"])
  }

  @Test("the other reports refuse --format html and say which commands write HTML")
  func otherReportsRefuse() throws {
    let folder = try TemporaryFolder()
    let project = try ClaimsCommandTests.bundledCopy(in: folder)
    let result = try SarapBinary.run(["report", "frequency", "--format", "html"], in: project)
    #expect(result.status != 0)
    #expect(result.stderr.contains("sarap claims check --format html"))
  }

  /// `R11 Q5а 978 1036` without its question: `R11 978 1036`.
  static func withoutQuestion(_ row: String) -> String {
    let parts = row.split(separator: " ", omittingEmptySubsequences: false)
    guard parts.count == 4 else { return row }
    return [parts[0], parts[2], parts[3]].joined(separator: " ")
  }
}
