import Foundation
import SarapCore
import SarapTestSupport
import Testing

/// `sarap anonymise scan` outside the transcript bodies, on a copy of the INVENTED fixture
/// whose A02 memo is given an invented colleague's name.
@Suite("The sarap command line: anonymise scan of titles, attributes and memos")
struct AnonymiseFieldCommandTests {
  @Test("a memo's candidate is listed with its path:line:col; apply leaves it; export refuses it")
  func memo() throws {
    let (folder, project) = try AnonymiseCommandTests.copy()
    defer { withExtendedLifetime(folder) {} }
    let file = project.appendingPathComponent("Transcripts/A02.txt")
    let text = try String(contentsOf: file, encoding: .utf8)
    let memo = "memo: Imported from A02.txt; her colleague Петров Е.К. checked it."
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let number = try #require(lines.firstIndex { $0.hasPrefix("memo:") })
    try (lines[..<number] + [memo] + lines[(number + 1)...]).joined(separator: "\n")
      .write(to: file, atomically: true, encoding: .utf8)
    let column = memo.components(separatedBy: "Петров")[0].unicodeScalars.count + 1
    let scan = try SarapBinary.run(["anonymise", "scan"], in: project).check().stdout
    let rows = scan.split(separator: "\n").map(String.init)
    let row = try #require(rows.first { $0.contains("\tA02 memo\t") })
    #expect(
      row.hasPrefix("Transcripts/A02.txt:\(number + 1):\(column)\tA02 memo\tperson\tinitials"))
    #expect(
      rows.last?.hasSuffix(
        "; 1 in titles, attributes, memos or definitions, which apply does not replace: edit "
          + "them by hand") == true)
    // The same text in the body is accepted and applied; the memo keeps it, and export
    // refuses the copy naming the memo's place.
    try SarapBinary.run(["anonymise", "accept", "Петров Е.К."], in: project).check()
    try SarapBinary.run(["anonymise", "apply"], in: project).check()
    #expect(try String(contentsOf: file, encoding: .utf8).contains(memo))
    let refused = try SarapBinary.run(["anonymise", "export", "../copy"], in: project)
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("Transcripts/A02.txt:\(number + 1):\(column)"))
  }
}
