import Foundation
import Testing

/// A claims file whose threshold numbers break InputLimits: every command that reads the project
/// refuses it with `path:line:col`, and nothing rewrites it.
@Suite("Claims thresholds held to InputLimits")
struct ClaimsNumberLimitsTests {
  @Test(
    "a number out of bounds is refused at its place and the file is kept byte for byte",
    arguments: [
      ("at-least 99999999999", 9, "the number is out of range (0 to 2147483647)"),
      ("share 1000", 6, "a share is a percentage from 0 to 100"),
      (
        "exactly " + String(repeating: "7", count: 64), 8,
        "the number is out of range (0 to 2147483647)"
      ),
    ])
  func outOfBounds(quantifier: String, offset: Int, message: String) throws {
    let folder = try TemporaryFolder()
    let project = try ClaimsCommandTests.bundledCopy(in: folder)
    let path = "bundled/Codebooks/claims.txt"
    let lines = try folder.read(path).components(separatedBy: "\n")
    let head = try #require(lines.firstIndex(of: "claim C17"))
    let index = try #require(lines[head...].firstIndex { $0.hasPrefix("quantifier: ") })
    var edited = lines
    edited[index] = "quantifier: " + quantifier
    let text = edited.joined(separator: "\n")
    try folder.write(text, to: path)
    let place = "Codebooks/claims.txt:\(index + 1):\(13 + offset): \(quantifier): \(message)"
    for arguments in [
      ["claims", "check"], ["claims", "add", "--query", "china", "--quantifier", "one"],
      ["code", "add", "R09", "--code", "russia.persistence", "--start", "0", "--end", "5"],
      ["check"],
    ] {
      let result = try SarapBinary.run(arguments, in: project)
      #expect(result.status == 1, "\(arguments)")
      #expect(
        (result.stdout + result.stderr).contains(place), "\(arguments): \(result.stderr)")
      #expect(try folder.read(path) == text, "\(arguments) rewrote the claims file")
    }
  }
}
