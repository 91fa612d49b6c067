import Foundation
import SarapCore
import SarapFormats
import Testing

/// The bundled files are in canonical form: Sarap re-encodes each to the same bytes, so opening and
/// saving the project never rewrites them.
@Suite("Corpus: canonical files")
struct CanonicalFormTests {
  @Test("each transcript re-encodes to its own bytes", arguments: BundledCorpus.transcriptIDs)
  func transcript(_ id: Transcript.ID) throws {
    let root = try BundledCorpus.load().root
    let path = "Transcripts/\(id).txt"
    let text = try BundledCorpus.text(path, in: root)
    #expect(TranscriptFile.encode(try TranscriptFile.decode(text, path: path)) == text)
  }

  @Test("the codings, codebook, guide and project description re-encode to their own bytes")
  func codebookFiles() throws {
    let root = try BundledCorpus.load().root
    let codings = try BundledCorpus.text(BundledCorpus.codingsPath, in: root)
    let decoded = try CodingsFile.decodeContents(codings, path: BundledCorpus.codingsPath)
    #expect(
      CodingsFile.encode(coder: decoded.coder, codings: decoded.lines.map(\.coding)) == codings)
    let codebook = try BundledCorpus.text("Codebooks/codebook.txt", in: root)
    #expect(
      CodebookFile.encode(try CodebookFile.decode(codebook, path: "codebook.txt")) == codebook)
    let guide = try BundledCorpus.text("Codebooks/guide.txt", in: root)
    #expect(GuideFile.encode(try GuideFile.decode(guide, path: "guide.txt")) == guide)
    let project = try BundledCorpus.text("Codebooks/project.txt", in: root)
    let description = try ProjectDescriptionFile.decode(project, path: "project.txt")
    #expect(ProjectDescriptionFile.encode(description) == project)
    #expect(description.facts.first { $0.name == "respondents" }?.value == .known("15"))
  }
}
