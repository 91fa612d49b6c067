import Testing

@testable import SarapFormats

@Suite("GUIDs and the refi-ids file")
struct GUIDTests {
  @Test("name-based GUIDs follow RFC 9562 version 5 (Python's uuid5 gives the same)")
  func version5() throws {
    let dns = try #require(GUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8"))
    #expect(
      GUID.nameBased("python.org", in: dns).rawValue == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
  }

  @Test("GUIDs are read in either case and in braces, written lower case without braces")
  func forms() {
    #expect(
      GUID("{886313E1-3B8A-5372-9B90-0C9AEE199E5D}")?.rawValue
        == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
    #expect(GUID("886313e1-3b8a-5372-9b90-0c9aee199e5") == nil)
    #expect(GUID("886313e1x3b8a-5372-9b90-0c9aee199e5d") == nil)
    #expect(GUID("886313e1-3b8a-5372-9b90-0c9aee199e5g") == nil)
  }

  @Test("minting is deterministic, stored GUIDs are kept, and a recorded GUID is never reused")
  func minting() throws {
    var first = REFIGUIDs()
    first.projectGUID(title: "Soft power")
    var second = first
    let russia = first.guid(.code, "russia")
    #expect(russia == second.guid(.code, "russia"))
    #expect(russia != first.guid(.code, "china"))
    var renamed = first
    renamed.projectGUID(title: "Another title")
    #expect(renamed.guid(.code, "russia") == russia)
    let recorded = first.record(russia, for: .code, "other")
    #expect(!recorded)
    #expect(first.key(of: russia) == REFIGUIDs.Key(.code, "russia"))
  }

  @Test("the file is canonical: kinds in order, ids by bytes; decoding gives it back")
  func fileRoundTrip() throws {
    var guids = REFIGUIDs()
    guids.projectGUID(title: "T")
    _ = guids.guid(.source, "R02")
    _ = guids.guid(.code, "ә")
    _ = guids.guid(.code, "a")
    _ = guids.guid(.user, "ana")
    let text = REFIGUIDsFile.encode(guids)
    let kinds = text.split(separator: "\n").dropFirst().map { $0.split(separator: "\t")[0] }
    #expect(kinds == ["project", "user", "code", "code", "source"])
    #expect(text.contains("code\ta\t"))
    #expect(try REFIGUIDsFile.decode(text, path: "refi-ids.txt") == guids)
    let kindsInOrder = REFIGUIDs.Kind.allCases
    #expect(kindsInOrder.shuffled().sorted() == kindsInOrder, "kinds sort in declaration order")
  }

  @Test(
    "malformed lines are errors naming the line",
    arguments: [
      ("sarap-refi-ids 1\ncode\trussia\n", 2, "expected 'kind<TAB>sarap-id<TAB>GUID'"),
      ("sarap-refi-ids 1\nthing\tx\t886313e1-3b8a-5372-9b90-0c9aee199e5d\n", 2, "unknown kind"),
      ("sarap-refi-ids 1\ncode\tx\tnot-a-guid\n", 2, "is not a GUID"),
      (
        "sarap-refi-ids 1\ncode\tx\t886313e1-3b8a-5372-9b90-0c9aee199e5d\n"
          + "code\ty\t886313e1-3b8a-5372-9b90-0c9aee199e5d\n", 3, "also on line 2"
      ),
      ("sarap-refi-ids 2\n", 1, "unsupported"),
    ])
  func fileErrors(_ text: String, _ line: Int, _ message: String) {
    #expect {
      try REFIGUIDsFile.decode(text, path: "Codebooks/refi-ids.txt")
    } throws: { error in
      guard let error = error as? ProjectFileError else { return false }
      return error.line == line && error.message.contains(message)
        && error.path == "Codebooks/refi-ids.txt"
    }
  }
}
