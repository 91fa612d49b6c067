import Foundation
import SarapEngine
import Testing

@Suite("sarap report")
struct ReportCommandTests {
  @Test(
    "every registered report kind is a report subcommand; the only other is html, which holds them all"
  )
  func subcommandPerKind() throws {
    let folder = FileManager.default.temporaryDirectory
    for definition in ReportDefinition.all {
      let help = try SarapBinary.run(["report", definition.name, "--help"], in: folder)
      #expect(help.status == 0, "\(definition.name): \(help.stderr)")
      #expect(help.stdout.contains("USAGE: sarap report \(definition.name) "))
    }
    let help = try SarapBinary.run(["report", "--help"], in: folder)
    let section = help.stdout.components(separatedBy: "SUBCOMMANDS:\n").last ?? ""
    let listed = section.components(separatedBy: "\n\n").first ?? ""
    let names = listed.split(separator: "\n").compactMap { line in
      line.hasPrefix("  ") && !line.hasPrefix("   ") ? line.split(separator: " ").first : nil
    }
    #expect(names.map(String.init) == ReportDefinition.all.map(\.name) + ["html"])
  }
}
