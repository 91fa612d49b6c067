import Foundation
import SarapCore
import SarapFormats
import SarapStore

/// Writes a generated project: the project folder in Sarap's format (through SarapFormats'
/// codecs; the bundled codebook, guide and description files copied as they are) and the same
/// codings as a tidy CSV, with a case table, for the pandas reference.
///
/// ```
/// <out>/project/      Transcripts/*.txt, Codebooks/{project,guide,codebook}.txt, codings/*.txt
/// <out>/codings.csv   transcript,coder,code,theme,start,end,question (one row per coding)
/// <out>/cases.csv     transcript,<attribute>… (one row per transcript)
/// <out>/stats.json    the density of the bundled and the generated project
/// ```
/// Plain writes, no fsync: generated data is scratch, rebuilt from the seed when in doubt.
struct GeneratedFolder {
  /// The folder written into (created; must not hold an older generation).
  let url: URL
  /// The repository root, whose `Codebooks/` files are copied.
  let repository: URL

  var projectURL: URL { url.appendingPathComponent("project") }

  /// Writes everything; `stats` are written last, so their presence marks a finished folder.
  func write(_ project: Project, stats: [String: DensityStats]) throws {
    let files = FileManager.default
    try files.createDirectory(
      at: projectURL.appendingPathComponent(ProjectLayout.codings),
      withIntermediateDirectories: true)
    try files.createDirectory(
      at: projectURL.appendingPathComponent(ProjectLayout.transcripts),
      withIntermediateDirectories: true)
    for relative in [ProjectLayout.description, ProjectLayout.guide, ProjectLayout.codebook] {
      try files.copyItem(
        at: repository.appendingPathComponent(relative),
        to: projectURL.appendingPathComponent(relative))
    }
    for transcript in project.transcripts {
      try write(TranscriptFile.encode(transcript), to: ProjectLayout.transcript(transcript.id))
    }
    for coder in project.coders {
      let stem = ProjectLayout.codingsStem(for: coder)
      try write(
        CodingsFile.encode(coder: coder, codings: project.codings),
        to: "\(ProjectLayout.codings)/\(stem).txt")
    }
    try TidyCSV.codings(project).write(
      to: url.appendingPathComponent("codings.csv"), atomically: false, encoding: .utf8)
    try TidyCSV.cases(project).write(
      to: url.appendingPathComponent("cases.csv"), atomically: false, encoding: .utf8)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    try encoder.encode(stats).write(to: url.appendingPathComponent("stats.json"))
  }

  private func write(_ text: String, to relative: String) throws {
    try Data(text.utf8).write(to: projectURL.appendingPathComponent(relative))
  }
}
