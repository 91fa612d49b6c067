import Foundation
import SarapCore
import SarapFormats
import SarapTestSupport
import Testing

@testable import SarapStore

/// The bundled export read the way QualCoder's importer (`src/qualcoder/refi.py`, class
/// `RefiImport`) reads it, one function at a time; docs/refi-qda.md cites each function.
extension QualCoderReadingTests {
  @Test("import_project: one .qde at the top level, sources/ beside it, Sarap's files apart")
  func archiveLayout() throws {
    let scratch = try ScratchFolder()
    defer { withExtendedLifetime(scratch) {} }
    let exported = try Self.export(in: scratch)
    let files = try QDPXArchive.read(exported.archive)
    // import_project takes the last `*.qde` it lists at the top level and reads sources from
    // `sources` or `Sources`; anything else it unpacks and never opens.
    #expect(files.keys.filter { !$0.contains("/") && $0.hasSuffix(".qde") } == ["project.qde"])
    #expect(!files.keys.contains { $0.hasPrefix("sarap/") && $0.hasSuffix(".qde") })
    let sources = exported.root.child("Sources")?.children("TextSource") ?? []
    #expect(sources.count == 15)
    for source in sources {
      // name_creating_user_create_date_source_path_helper: plainTextPath split at 'internal:/'.
      let path = try #require(source["plainTextPath"])
      #expect(path.hasPrefix("internal://"))
      let text = try #require(files["sources/" + path.dropFirst("internal://".count)])
      // load_text_source: a '\r\n' in the first line makes it add a space after every '\n'.
      #expect(!text.contains(UInt8(ascii: "\r")))
    }
    #expect(
      Set(sources.compactMap { $0["name"] }).count == 15, "load_text_source renames duplicates")
  }

  @Test("sub_codes: every code has a unique name, a colour and isCodable, its Description the memo")
  func codes() throws {
    let scratch = try ScratchFolder()
    defer { withExtendedLifetime(scratch) {} }
    let exported = try Self.export(in: scratch)
    var codes: [XMLReader.Element] = []
    var pending = exported.root.child("CodeBook")?.child("Codes")?.children("Code") ?? []
    while let code = pending.popLast() {
      codes.append(code)
      pending += code.children("Code")
    }
    #expect(codes.count == 74)
    // code_name.name is unique in QualCoder: a second code of the same name would merge into the
    // first (sub_codes reuses its cid on IntegrityError).
    #expect(Set(codes.compactMap { $0["name"] }).count == 74)
    for code in codes {
      #expect(code["isCodable"] == "true", "isCodable=\"false\" would make a category")
      #expect(code["color"]?.wholeMatch(of: /#[0-9A-F]{6}/) != nil)
    }
    let definitions = Set(exported.project.codebook.codes.map(\.definition))
    #expect(codes.allSatisfy { definitions.contains($0.child("Description")?.text ?? "") })
  }

  @Test("load_codings_for_text: positions, CodeRef first in each Coding, users that exist")
  func selections() throws {
    let scratch = try ScratchFolder()
    defer { withExtendedLifetime(scratch) {} }
    let exported = try Self.export(in: scratch)
    let users = Set(exported.root.child("Users")?.children("User").compactMap { $0["guid"] } ?? [])
    var codes: Set<String> = []
    var pending = exported.root.child("CodeBook")?.child("Codes")?.children("Code") ?? []
    while let code = pending.popLast() {
      codes.insert(code["guid"] ?? "")
      pending += code.children("Code")
    }
    #expect(codes.count == 74)
    var codings = 0
    for source in exported.root.child("Sources")?.children("TextSource") ?? [] {
      for selection in source.children("PlainTextSelection") {
        #expect(selection["startPosition"].flatMap { Int($0) } != nil)
        #expect(selection["endPosition"].flatMap { Int($0) } != nil)
        for coding in selection.children("Coding") {
          codings += 1
          // `code_ref = list(el)[0]`: the first child must be the CodeRef.
          let first = try #require(coding.children.first)
          #expect(first.name == "CodeRef" && codes.contains(first["targetGUID"] ?? ""))
          #expect(users.contains(selection["creatingUser"] ?? ""), "else the coder is 'default'")
        }
      }
    }
    #expect(codings == 236)
  }

  @Test("parse_variables and parse_cases: Text variables, each value a VariableRef and a TextValue")
  func variablesAndCases() throws {
    let scratch = try ScratchFolder()
    defer { withExtendedLifetime(scratch) {} }
    let exported = try Self.export(in: scratch)
    let variables = exported.root.child("Variables")?.children("Variable") ?? []
    #expect(variables.allSatisfy { $0["typeOfVariable"] == "Text" && $0["name"] != nil })
    let declared = Set(variables.compactMap { $0["guid"] })
    let cases = exported.root.child("Cases")?.children("Case") ?? []
    #expect(cases.count == 15 && cases.allSatisfy { $0["name"] != nil })
    let values = cases.flatMap { $0.children("VariableValue") }
    #expect(!values.isEmpty)
    for value in values {
      #expect(value.children.map(\.name) == ["VariableRef", "TextValue"])
      #expect(declared.contains(value.child("VariableRef")?["targetGUID"] ?? ""))
    }
    let r07 = try #require(cases.first { $0["name"] == "R07" })
    #expect(r07.child("VariableValue")?.child("TextValue")?.text == "Russia")
  }
}
