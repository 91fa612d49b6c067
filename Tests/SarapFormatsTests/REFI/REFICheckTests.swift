import Foundation
import Testing

@testable import SarapFormats

/// The semantic check must catch what the schema lets through.
@Suite("REFI-QDA semantic check")
struct REFICheckTests {
  static let user = "00000000-0000-4000-8000-000000000001"
  static let code = "00000000-0000-4000-8000-000000000002"
  static let source = "00000000-0000-4000-8000-000000000003"

  static func document(color: String = "#C0392B", start: Int = 0, end: Int = 3, ref: String = code)
    -> String
  {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <Project xmlns="urn:QDA-XML:project:1.0" name="x">
      <Users><User guid="\(user)" name="ana"/></Users>
      <CodeBook><Codes><Code guid="\(code)" name="c" isCodable="true" color="\(color)"/></Codes></CodeBook>
      <Sources>
        <TextSource guid="\(source)" plainTextPath="internal://\(source).txt">
          <PlainTextSelection guid="00000000-0000-4000-8000-000000000004" startPosition="\(start)" endPosition="\(end)" creatingUser="\(user)">
            <Coding guid="00000000-0000-4000-8000-000000000005"><CodeRef targetGUID="\(ref)"/></Coding>
          </PlainTextSelection>
        </TextSource>
      </Sources>
    </Project>
    """
  }

  static func issues(_ document: String) throws -> [String] {
    let root = try XMLReader.parse(Array(document.utf8), path: "p.qde")
    return REFICheck.issues(in: root, path: "p.qde", sources: ["\(source).txt": "Ресей"])
  }

  @Test("a sound document has no issues")
  func sound() throws { #expect(try Self.issues(Self.document()) == []) }

  @Test("an 8-digit colour, which the schema's libxml2 check accepts, is caught")
  func colour() throws {
    let issues = try Self.issues(Self.document(color: "#AABBCCDD"))
    #expect(issues.count == 1)
    #expect(issues.first?.contains("#AABBCCDD") == true)
  }

  @Test(
    "reversed, empty and out-of-range selections are caught",
    arguments: [(3, 1), (2, 2), (0, 6), (-1, 2)])
  func selections(_ start: Int, _ end: Int) throws {
    let issues = try Self.issues(Self.document(start: start, end: end))
    #expect(issues.count == 1)
    #expect(issues.first?.hasPrefix("p.qde:") == true)
  }

  @Test("a reference to a GUID that is not there, or not a code, is caught")
  func dangling() throws {
    #expect(try Self.issues(Self.document(ref: "00000000-0000-4000-8000-0000000000ff")).count == 1)
    #expect(try Self.issues(Self.document(ref: Self.user)).count == 1)
  }

  @Test("braced GUIDs and a basePath are refused in Sarap's own exports")
  func guidsAndPaths() throws {
    let braced = Self.document().replacingOccurrences(
      of: "guid=\"\(Self.user)\"", with: "guid=\"{\(Self.user)}\"")
    #expect(try !Self.issues(braced).isEmpty)
    let based = Self.document().replacingOccurrences(
      of: "name=\"x\">", with: "name=\"x\" basePath=\"/home/ana\">")
    #expect(try Self.issues(based).contains { $0.contains("basePath") })
  }
}
