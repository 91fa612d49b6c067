import Foundation
import Testing

/// `sarap config coder`, and what the editing commands do when nothing names a coder.
@Suite("The coder's name on the command line")
struct CoderConfigTests {
  /// An environment with no coder anywhere: no SARAP_CODER, and a HOME without a git identity.
  static func anonymous(_ folder: TemporaryFolder) -> [String: String] {
    ["HOME": folder.url.path, "GIT_CONFIG_NOSYSTEM": "1"]
  }

  @Test("without a name an edit is refused, naming all four ways to give one, and changes nothing")
  func refusedWithoutName() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: CommandLineTests.body)
    let before = try folder.read("p/Codebooks/codebook.txt")
    let refused = try SarapBinary.run(
      ["codebook", "add", "x"], in: project, environment: Self.anonymous(folder))
    #expect(refused.status == 1)
    for way in ["--coder NAME", "SARAP_CODER", "sarap config coder NAME", "git's user.name"] {
      #expect(refused.stderr.contains(way), "the message does not name \(way)")
    }
    #expect(try folder.read("p/Codebooks/codebook.txt") == before)
    let shown = try SarapBinary.run(
      ["config", "coder"], in: project, environment: Self.anonymous(folder))
    #expect(shown.status == 1)
    #expect(shown.stderr.contains("no coder name"))
  }

  @Test("config coder NAME remembers the name; edits carry it; SARAP_CODER and --coder win")
  func rememberedNameIsUsed() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: CommandLineTests.body)
    let anonymous = Self.anonymous(folder)
    let remembered = try SarapBinary.run(
      ["config", "coder", " Әлия Н. "], in: project, environment: anonymous
    ).check()
    #expect(remembered.stdout == "coder: Әлия Н. (remembered in .sarap/coder)\n")
    #expect(try folder.read("p/.sarap/coder") == "Әлия Н.\n")
    let shown = try SarapBinary.run(["config", "coder"], in: project, environment: anonymous)
    #expect(shown.stdout == "Әлия Н. (from .sarap/coder)\n")
    try SarapBinary.run(
      ["code", "add", "R01", "--code", "russia", "--text", "Ресей"], in: project,
      environment: anonymous
    ).check()
    #expect(try folder.read("p/Codebooks/codings/Әлия-Н..txt").contains("coder: Әлия Н.\n"))

    var withVariable = anonymous
    withVariable["SARAP_CODER"] = "bob"
    let overridden = try SarapBinary.run(
      ["config", "coder"], in: project, environment: withVariable)
    #expect(overridden.stdout == "bob (from SARAP_CODER)\n")
    try SarapBinary.run(
      ["code", "add", "R01", "--code", "china", "--text", "Қытай", "--coder", "carl"],
      in: project, environment: withVariable
    ).check()
    #expect(try folder.read("p/Codebooks/codings/carl.txt").contains("\tchina\t"))
  }

  @Test("a name that cannot name a coder is refused with the reason and its column")
  func invalidNameRefused() throws {
    let folder = try TemporaryFolder()
    let project = try folder.project(body: CommandLineTests.body)
    let refused = try SarapBinary.run(
      ["config", "coder", "ana/bob"], in: project, environment: Self.anonymous(folder))
    #expect(refused.status == 1)
    #expect(refused.stderr == "sarap: 'ana/bob': a coder's name cannot hold '/' (column 4)\n")
    #expect(!FileManager.default.fileExists(atPath: project.path + "/.sarap/coder"))
    let option = try SarapBinary.run(
      ["codebook", "add", "x", "--coder", "a\tb"], in: project, environment: Self.anonymous(folder))
    #expect(option.status == 1)
    #expect(
      option.stderr
        == "sarap: the coder name from --coder: a coder's name cannot hold a tab (column 2)\n")
  }
}
