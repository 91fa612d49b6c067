import Foundation
import Testing

@testable import SarapStore

@Suite("Coder identity")
struct CoderIdentityTests {
  /// An environment whose git configuration is a temporary file naming `name` (or none).
  static func environment(gitName: String?) throws -> [String: String] {
    let home = FileManager.default.temporaryDirectory
      .appendingPathComponent("sarap-home-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    if let gitName {
      try Data("[user]\n\tname = \(gitName)\n".utf8).write(
        to: home.appendingPathComponent(".gitconfig"))
    }
    return ["HOME": home.path, "PATH": "/usr/bin:/bin", "GIT_CONFIG_NOSYSTEM": "1"]
  }

  @Test("--coder wins over SARAP_CODER, which wins over git's user.name")
  func precedence() throws {
    var environment = try Self.environment(gitName: "Git Name")
    #expect(try CoderIdentity.resolve(option: nil, environment: environment) == "Git Name")
    environment["SARAP_CODER"] = "  env  "
    #expect(try CoderIdentity.resolve(option: nil, environment: environment) == "env")
    #expect(try CoderIdentity.resolve(option: "ana", environment: environment) == "ana")
  }

  @Test("a name given but empty, blank, too long or with a control character is refused")
  func malformedNamesRefused() throws {
    var environment = try Self.environment(gitName: "Git Name")
    let bad = ["", " ", "\t", "a\nb", "a\u{1B}b", "a\u{2028}b", String(repeating: "ә", count: 101)]
    for name in bad {
      #expect(throws: CoderIdentity.Refusal.self, "\(name.debugDescription)") {
        try CoderIdentity.resolve(option: name, environment: environment)
      }
      environment["SARAP_CODER"] = name
      #expect(throws: CoderIdentity.Refusal.self, "\(name.debugDescription)") {
        try CoderIdentity.resolve(option: nil, environment: environment)
      }
    }
    #expect(
      try CoderIdentity.resolve(option: String(repeating: "ә", count: 100), environment: [:]) != nil
    )
    #expect(try CoderIdentity.resolve(option: " Әсем Қ. ", environment: [:]) == "Әсем Қ.")
  }

  @Test("no option, no variable and no git name resolve to nil")
  func nothing() throws {
    #expect(
      try CoderIdentity.resolve(option: nil, environment: try Self.environment(gitName: nil))
        == nil)
  }
}
