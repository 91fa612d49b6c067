import Foundation
import Testing

/// Every command names its project the same way, and help says each default once.
@Suite("The sarap command line: --project everywhere, defaults said once")
struct ProjectOptionTests {
  @Test("check takes --project like every other command, or the folder as an argument")
  func checkTakesProject() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: CommandLineTests.body)
    let byOption = try SarapBinary.run(["check", "--project", project.path], in: folder.url)
    #expect(byOption.status == 0, "\(byOption.stderr)")
    #expect(byOption.stdout.hasPrefix("no problems: 1 transcript(s)"))
    let byArgument = try SarapBinary.run(["check", project.path], in: folder.url)
    #expect(byArgument.stdout == byOption.stdout)
    let both = try SarapBinary.run(
      ["check", "elsewhere", "--project", project.path], in: folder.url)
    #expect(both.status != 0)
    #expect(both.stderr.contains("Name the folder once"))
  }

  @Test(
    "help says each default once",
    arguments: [
      ["check"], ["undo"], ["code", "add"], ["codebook", "move"], ["report", "frequency"],
    ])
  func defaultsOnce(_ command: [String]) throws {
    let folder = try TemporaryFolder()
    let help = try SarapBinary.run(["help"] + command, in: folder.url).stdout
    #expect(help.contains("--project"))
    let flat = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(!flat.contains("(default: .)"), "\(help)")
    #expect(!flat.contains("(default: )"), "\(help)")
    #expect(!flat.contains(") (default:") && !flat.contains("). (default:"), "\(help)")
  }
}
