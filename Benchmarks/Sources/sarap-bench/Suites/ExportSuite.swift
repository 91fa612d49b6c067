import Foundation
import SarapCore
import SarapFormats
import SarapStore

/// Times the QDPX export: its in-memory part, and the whole of `sarap export qdpx`.
///
/// Run in a process of its own (`sarap-bench export`), so that the runner can give it a time
/// limit: at large scales it is by far the slowest operation.
struct ExportSuite {
  /// The project folder.
  let folder: URL
  /// Timed runs per operation.
  let runs: Int
  /// Where to write `project.qde` when the export's own check refuses it, for inspection.
  let dump: URL?

  /// Runs the suite; a failed export ends it early with the reason (and the measurements taken).
  ///
  /// The whole export runs first: its warm-up stores the GUIDs it mints in `refi-ids.txt`, so
  /// the in-memory build then reuses them, as every export after a project's first does.
  func run() throws -> (measurements: [Measurement], failure: String?) {
    var bench = Bench(runs: runs)
    note("QDPX export of \(folder.path)")
    let archive = FileManager.default.temporaryDirectory
      .appendingPathComponent("sarap-bench-\(getpid()).qdpx")
    defer { try? FileManager.default.removeItem(at: archive) }
    var failure: String?
    do {
      try bench.measure(
        "export.qdpx", note: "as `sarap export qdpx`: load, build, check, zip, write"
      ) {
        try REFIExchange.exportProject(
          from: ProjectFolder(url: folder), to: archive, origin: "sarap-bench")
      }
    } catch {
      failure = "\(error)"
    }
    let project = try ProjectFolder(url: folder).load()
    let guids = try REFIGUIDsStore.load(ProjectFolder(url: folder))
    let built = bench.measure(
      "export.qdpx.build", note: "project.qde and sources in memory, GUIDs as stored"
    ) {
      REFIExport.project(project, guids: guids, origin: "sarap-bench")
    }
    if failure != nil, let dump { try Data(built.package.projectBytes).write(to: dump) }
    let sources = Dictionary(
      built.package.sources.map { ($0.name, $0.text) }, uniquingKeysWith: { first, _ in first })
    try bench.measure(
      "export.qdpx.check", note: "the check of project.qde as the export runs it (libxml2 direct)"
    ) {
      try REFICheck.issues(
        inWrittenDocument: built.package.projectBytes, path: "project.qde", sources: sources)
    }
    try bench.measure(
      "export.qdpx.check.xmlparser", note: "the same check read through Foundation's XMLParser"
    ) {
      try REFICheck.issues(
        inDocument: built.package.projectBytes, path: "project.qde", sources: sources)
    }
    return (bench.measurements, failure)
  }
}
