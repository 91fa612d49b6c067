import Foundation
import SarapTestSupport
import Testing

/// The one lookup of material from outside the repository: a variable, else `../shared/…`.
@Suite("Reference material lookup")
struct ReferenceMaterialTests {
  @Test("a variable names the file (the dissertation) or the folder holding it (the schemas)")
  func variableWins() {
    let environment = ["SARAP_DISSERTATION": "/data/d.txt", "SARAP_REFI_SCHEMAS": "/xsd"]
    #expect(ReferenceMaterial.dissertation.location(environment: environment).path == "/data/d.txt")
    #expect(
      ReferenceMaterial.projectSchema.location(environment: environment).path == "/xsd/Project.xsd")
    #expect(
      ReferenceMaterial.codebookSchema.location(environment: environment).path
        == "/xsd/Codebook.xsd")
  }

  @Test("without the variable (or with it empty) the file is looked for beside the repository")
  func besideRepository() {
    let parent = Repository.root.deletingLastPathComponent().path
    #expect(
      ReferenceMaterial.dissertation.location(environment: ["SARAP_DISSERTATION": ""]).path
        == parent + "/shared/seed/000_eaf9411531d7493d.txt")
    #expect(
      ReferenceMaterial.projectSchema.location(environment: [:]).path
        == parent + "/shared/refi-qda/Project.xsd")
    #expect(
      FileManager.default.fileExists(
        atPath: Repository.root.appendingPathComponent("Package.swift").path))
  }

  @Test("CI requires the material unless it is empty, 0, false or no")
  func ciRequires() {
    for value in ["true", "1", "yes", "TRUE"] {
      #expect(ReferenceMaterial.isRequired(environment: ["CI": value]), "CI=\(value)")
    }
    for value in ["", "0", "false", "no", "False"] {
      #expect(!ReferenceMaterial.isRequired(environment: ["CI": value]), "CI=\(value)")
    }
    #expect(!ReferenceMaterial.isRequired(environment: [:]))
  }

  @Test("a skip says what was not checked and how to provide it, behind the marker make counts")
  func skipNote() {
    let note = ReferenceMaterial.projectSchema.skipNote
    #expect(note.hasPrefix("reference material missing: the REFI-QDA project schema"))
    #expect(note.contains("SARAP_REFI_SCHEMAS") && note.contains("../shared/refi-qda/Project.xsd"))
    let missing = ReferenceMaterial.Missing(material: .dissertation, path: "/nowhere/d.txt")
    #expect(missing.description.contains("no file at /nowhere/d.txt"))
    #expect(missing.description.contains("SARAP_DISSERTATION"))
  }
}
