import Foundation
import SarapCore
import SarapStore

/// `sarap-bench generate`: a synthetic project at N times the bundled corpus, or the long
/// transcript, with its tidy CSV; deterministic from the seed.
enum GenerateCommand {
  /// The seed used when none is given.
  static let defaultSeed: UInt64 = 20_261_126

  static func run(_ options: Options) throws {
    let repository = try options.folder("repository", ".")
    let out = try options.folder("out")
    let seed = UInt64(try options.int("seed", Int(defaultSeed)))
    let bundled = try ProjectFolder(url: repository).load()
    let project: Project
    if options.flag("long") {
      project = LongTranscript.make(from: bundled, seed: seed)
    } else {
      project = ScaledCorpus.make(from: bundled, scale: try options.int("scale", 1), seed: seed)
    }
    let (before, after) = (DensityStats(bundled), DensityStats(project))
    note("bundled:   \(before.summary)")
    note("generated: \(after.summary)")
    let stats = ["bundled": before, "generated": after]
    try GeneratedFolder(url: out, repository: repository).write(project, stats: stats)
    note("wrote \(out.path)")
  }
}
