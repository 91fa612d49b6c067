import ArgumentParser
import Foundation
import SarapCore
import SarapEngine
import SarapFormats
import SarapStore

/// The options every report shares: where the project is, which codings count, and how to
/// write the result.
struct ReportOptions: ParsableArguments {
  @OptionGroup var project: ProjectOption

  @Option(name: .long, help: "Count only this coder's codings (repeatable; default: all coders).")
  var coder: [String] = []

  @OptionGroup var scope: ScopeOptions

  @OptionGroup var output: OutputOptions

  /// The filter the options describe, checked against the project.
  func filter(for project: Project) throws -> SegmentFilter {
    let known = Set(project.coders)
    if let unknown = coder.first(where: { !known.contains(Coder.ID($0)) }) {
      let list = project.coders.map(\.rawValue).joined(separator: ", ")
      throw CommandFailure(
        "no codings by coder '\(unknown)' (coders: \(list.isEmpty ? "none" : list))")
    }
    return try scope.filter(
      for: project, coders: coder.isEmpty ? nil : Set(coder.map { Coder.ID($0) }))
  }

  /// Loads the project read-only (no lock taken), transcript text read only when a report needs
  /// it.
  func loadProject() throws -> Project {
    try ProjectFolder(url: project.url).load(text: .onDemand)
  }
}
