import Foundation
import SarapCore
import SarapFormats
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

  static func resolve(
    _ option: String?, _ environment: [String: String], _ project: TemporaryProject
  ) throws -> String? {
    let found = try CoderIdentity.resolve(
      option: option, environment: environment, project: ProjectFolder(url: project.url))
    return found.map { "\($0.coder) from \($0.source)" }
  }

  @Test("--coder wins over SARAP_CODER, over .sarap/coder, over git's user.name")
  func precedence() throws {
    let project = try TemporaryProject()
    var environment = try Self.environment(gitName: "Git Name")
    #expect(try Self.resolve(nil, environment, project) == "Git Name from git's user.name")
    try RememberedCoder.write("Әлия", in: ProjectFolder(url: project.url))
    #expect(try Self.resolve(nil, environment, project) == "Әлия from .sarap/coder")
    environment["SARAP_CODER"] = "  env  "
    #expect(try Self.resolve(nil, environment, project) == "env from SARAP_CODER")
    #expect(try Self.resolve("ana", environment, project) == "ana from --coder")
    #expect(throws: StoreError.invalidCoder(source: "--coder", .blank)) {
      try Self.resolve(" ", environment, project)
    }
  }

  @Test("a name given but empty, blank, too long or with a control character is refused")
  func malformedNamesRefused() throws {
    let project = try TemporaryProject()
    var environment = try Self.environment(gitName: "Git Name")
    let long = String(repeating: "ә", count: Coder.maximumNameLength + 1)
    for name in ["", " ", "\t", "a\nb", "a\u{1B}b", "a\u{2028}b", long] {
      #expect(throws: StoreError.self, "\(name.debugDescription)") {
        try Self.resolve(name, environment, project)
      }
      environment["SARAP_CODER"] = name
      #expect(throws: StoreError.self, "\(name.debugDescription)") {
        try Self.resolve(nil, environment, project)
      }
    }
    let longest = String(repeating: "ә", count: Coder.maximumNameLength)
    #expect(try Self.resolve(longest, [:], project) == "\(longest) from --coder")
    #expect(try Self.resolve(" Әсем Қ. ", [:], project) == "Әсем Қ. from --coder")
  }

  @Test("no option, no variable, no remembered name and no git name resolve to nil")
  func nothing() throws {
    let project = try TemporaryProject()
    #expect(try Self.resolve(nil, try Self.environment(gitName: nil), project) == nil)
    #expect(CoderIdentity.missingMessage.contains("--coder NAME"))
    #expect(CoderIdentity.missingMessage.contains("SARAP_CODER"))
    #expect(CoderIdentity.missingMessage.contains("sarap config coder NAME"))
    #expect(CoderIdentity.missingMessage.contains("user.name"))
  }

  @Test("a name that cannot name a coder is an error naming where it came from")
  func invalidNamesAreErrors() throws {
    let project = try TemporaryProject()
    var environment = try Self.environment(gitName: "Git Name")
    environment["SARAP_CODER"] = "ana/bob"
    #expect(throws: StoreError.invalidCoder(source: "SARAP_CODER", .forbidden("/", column: 4))) {
      try Self.resolve(nil, environment, project)
    }
    #expect(throws: StoreError.invalidCoder(source: "--coder", .noLetterOrDigit)) {
      try Self.resolve("--", environment, project)
    }
  }

  @Test("the remembered name is one line; anything else is an error at its line and column")
  func rememberedFile() throws {
    let project = try TemporaryProject()
    let folder = ProjectFolder(url: project.url)
    #expect(try RememberedCoder.read(in: folder) == nil)
    try RememberedCoder.write("Ana Ivanova", in: folder)
    #expect(
      try String(contentsOf: folder.layout.url(".sarap/coder"), encoding: .utf8)
        == "Ana Ivanova\n")
    #expect(try RememberedCoder.read(in: folder) == "Ana Ivanova")
    try project.write("ana\nbob\n", to: ".sarap/coder")
    let twoLines = ProjectFileError(
      path: folder.displayPath(".sarap/coder"), line: 2, column: 1,
      message: "the file holds one line, the coder's name")
    #expect(throws: StoreError.badCoderFile(twoLines)) { try RememberedCoder.read(in: folder) }
    try project.write("an\ta\n", to: ".sarap/coder")
    let tab = ProjectFileError(
      path: folder.displayPath(".sarap/coder"), line: 1, column: 3,
      message: "a coder's name cannot hold a tab")
    #expect(throws: StoreError.badCoderFile(tab)) { try RememberedCoder.read(in: folder) }
    try project.write("  \n", to: ".sarap/coder")
    #expect(try RememberedCoder.read(in: folder) == nil)
  }

  @Test("the login name comes from USER, else LOGNAME, else the user database")
  func loginName() {
    #expect(CoderIdentity.loginName(environment: ["USER": "ana", "LOGNAME": "x"]) == "ana")
    #expect(CoderIdentity.loginName(environment: ["USER": " ", "LOGNAME": "bob"]) == "bob")
    let entry = getpwuid(getuid())
    let expected: String? = entry?.pointee.pw_name.map { String(cString: $0) }
    #expect(CoderIdentity.loginName(environment: [:]) == expected)
  }

  @Test("a session without a coder reads, refuses edits, and codes once a name is remembered")
  func sessionWithoutCoder() throws {
    let project = try TemporaryProject()
    let session = try ProjectSession.open(folder: project.url, coder: nil)
    defer { session.close() }
    let lock = try #require(ProjectLock.read(project.url.appendingPathComponent(".sarap/lock")))
    #expect(lock.coder == "(not named yet)")
    let code = Code(id: "west", nameKK: "Батыс", nameEN: "West")
    #expect(throws: StoreError.noCoder) {
      try session.apply(.addCode(code, position: 2), summary: "new code west")
    }
    #expect(session.project.codebook["west"] == nil)
    try session.rememberCoder("bob")
    try session.apply(.addCode(code, position: 2), summary: "new code west")
    #expect(session.history.last?.coder == "bob")
    #expect(try RememberedCoder.read(in: session.folder) == "bob")
  }
}
