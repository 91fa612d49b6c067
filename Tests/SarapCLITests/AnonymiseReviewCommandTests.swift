import Foundation
import SarapCore
import SarapTestSupport
import Testing

/// `sarap anonymise review` on a copy of the INVENTED fixture: the codings an apply widened,
/// with the text they covered before, read from the local key only.
@Suite("The sarap command line: anonymise review of widened codings")
struct AnonymiseReviewCommandTests {
  @Test("apply keeps widened codings in the key; review lists them; no shared file holds them")
  func review() throws {
    let (folder, project) = try AnonymiseCommandTests.copy()
    defer { withExtendedLifetime(folder) {} }
    try AnonymiseCommandTests.decide(project)
    let applied = try SarapBinary.run(["anonymise", "apply"], in: project).check().stdout
    #expect(
      applied.contains("widened codings are kept in the key for review: sarap anonymise review"))
    let rows = try SarapBinary.run(["anonymise", "review"], in: project).check().stdout
      .split(separator: "\n").map(String.init)
    let name = try AnonymiseCommandTests.pseudonym("Daniyar Oskenbayev", project)
    #expect(rows.contains { $0.hasPrefix("A03\t") && $0.hasSuffix("\t\(name)\tOskenbay") })
    #expect(rows.contains { $0.hasPrefix("A01\t") && $0.contains("\tАйдарлы» қорының") })
    #expect(rows.last?.hasPrefix("2 widened coding(s) to review") == true)
    let key = try String(
      contentsOf: project.appendingPathComponent(".sarap/anonymisation-key.txt"), encoding: .utf8)
    #expect(key.hasPrefix("sarap-anonymisation-key 2\n"))
    #expect(key.contains("\tOskenbay\n"))
    // Only the local key and undo history hold the text before; the shared files and the
    // exported copy do not.
    #expect(
      try AnonymiseCommandTests.holders(
        of: ["Oskenbay", "Айдарлы"], under: project,
        skipping: [
          ".sarap/anonymisation-key.txt", ".sarap/history", "Codebooks/anonymisation.txt",
          "README.md",
        ]) == [])
    try SarapBinary.run(["anonymise", "export", "../copy"], in: project).check()
    #expect(
      try AnonymiseCommandTests.holders(
        of: ["Oskenbay", "Айдарлы"], under: folder.url.appendingPathComponent("copy")) == [])
    // Undone, the widened codings are no longer there to review.
    try SarapBinary.run(["undo"], in: project).check()
    #expect(
      try SarapBinary.run(["anonymise", "review"], in: project).check().stdout
        .hasPrefix("0 widened coding(s) to review"))
  }
}
