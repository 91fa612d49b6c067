import Foundation
import SarapStore
import Testing

/// The mutation fuzzer: every kind of file Sarap reads, damaged at random.
///
/// Bytes flipped, added or cut, lines doubled, dropped or swapped, numbers made huge, invalid
/// UTF-8; then the file is read by the command that reads it. No crash, no hang, and a file refused is reported `path:line:col` and
/// left byte for byte as it was.
@Suite("Fault injection: mutations", .serialized)
struct MutationFuzzTests {
  static let plan = FaultPlan.current

  /// A file to damage, the command that reads it, and where it lives.
  struct Target {
    var name: String
    /// Relative to the project, or to the folder holding the project for files outside it.
    var path: String
    var command: [String]
    var insideProject = true
  }

  static let targets = [
    Target(name: "codebook", path: "Codebooks/codebook.txt", command: ["check"]),
    Target(name: "codings", path: DurabilityTests.codings, command: ["check"]),
    Target(name: "transcript", path: "Transcripts/R01.txt", command: ["check"]),
    Target(name: "guide", path: "Codebooks/guide.txt", command: ["check"]),
    Target(name: "description", path: "Codebooks/project.txt", command: ["check"]),
    Target(name: "codebook history", path: "Codebooks/codebook-history.txt", command: ["check"]),
    Target(name: "claims", path: "Codebooks/claims.txt", command: ["check"]),
    Target(
      name: "claims (edit)", path: "Codebooks/claims.txt",
      command: ["claims", "add", "--query", "china", "--quantifier", "some"]),
    Target(name: "journal", path: "Codebooks/journal.txt", command: ["journal"]),
    Target(
      name: "journal (edit)", path: "Codebooks/journal.txt",
      command: ["journal", "add", "Жаңа жазба"]),
    Target(
      name: "codings (edit)", path: DurabilityTests.codings, command: DurabilityTests.code(40, 44)),
    Target(
      name: "codebook (edit)", path: "Codebooks/codebook.txt",
      command: ["codebook", "add", "fz", "--en", "Fz"]),
    Target(name: "history", path: ".sarap/history", command: ["undo"]),
    Target(name: "pending", path: ".sarap/pending", command: DurabilityTests.code(50, 52)),
    Target(
      name: "refi-ids", path: "Codebooks/refi-ids.txt", command: ["export", "qdpx", "../out.qdpx"]),
    Target(
      name: "qdc import", path: "book.qdc", command: ["import", "qdc", "../book.qdc"],
      insideProject: false),
  ]

  @Test(
    "every file format, damaged at random: no crash, no hang, refused files named and untouched")
  func mutations() throws {
    var random = Self.plan.random(for: "mutations")
    let folder = try TemporaryFolder()
    let (base, record) = try Self.baseProject(in: folder)
    var tally: [String: Int] = [:]
    for index in 0..<Self.plan.mutations {
      let target = Self.targets[index % Self.targets.count]
      let run = folder.url.appendingPathComponent("run")
      try? FileManager.default.removeItem(at: run)
      try FileManager.default.createDirectory(at: run, withIntermediateDirectories: true)
      let project = run.appendingPathComponent("p")
      try FileManager.default.copyItem(at: base, to: project)
      try FileManager.default.copyItem(
        at: folder.url.appendingPathComponent("book.qdc"),
        to: run.appendingPathComponent("book.qdc"))
      if target.name == "pending" {
        try Data(record.utf8).write(to: project.appendingPathComponent(".sarap/pending"))
      }
      let file = (target.insideProject ? project : run).appendingPathComponent(target.path)
      let original = try [UInt8](Data(contentsOf: file))
      let (mutated, how) = Mutation.apply(to: original, using: &random)
      try Data(mutated).write(to: file)
      let outcome = try FaultChild.run(target.command, in: project, timeout: 30)
      let label = "mutation \(index) (\(target.name), \(how))"
      #expect(
        !outcome.signalled, "\(label): crashed with signal \(outcome.status): \(outcome.stderr)")
      #expect(!outcome.timedOut, "\(label): hung")
      if outcome.status == 0 {
        tally["accepted", default: 0] += 1
        continue
      }
      tally["refused", default: 0] += 1
      let said = outcome.stdout + outcome.stderr
      if target.name == "pending" {
        // The damaged record is set aside byte for byte, the project untouched.
        let kept = try folder.keptConflicts(in: project)
        let record = kept.first.map { project.appendingPathComponent("\($0)/pending") }
        #expect(
          record.flatMap { try? [UInt8](Data(contentsOf: $0)) } == mutated, "\(label): \(said)")
        #expect(said.contains(".sarap/pending"), "\(label): \(said)")
        continue
      }
      let after = try? [UInt8](Data(contentsOf: file))
      let located =
        said.range(of: #"[A-Za-z./-]+:[0-9]+:[0-9]+"#, options: .regularExpression) != nil
      if target.name == "history", !located, let cut = Self.intactHistory(mutated) {
        // A last line without its newline is what a crash leaves: never acknowledged, cut off
        // by the next writer (docs/FORMATS.md); the command then says there is nothing to undo.
        #expect(after == cut || after == mutated, "\(label): history changed beyond the torn line")
        tally["torn history line cut", default: 0] += 1
        continue
      }
      #expect(located, "\(label): no path:line:col in \(said)")
      #expect(after == mutated, "\(label): the refused file was changed")
    }
    print(
      "fault injection mutations: \(Self.plan.mutations) over \(Self.targets.count) file kinds: \(tally.sorted { $0.key < $1.key }), no crash, no hang"
    )
  }

  /// The history as its next writer leaves it: cut after its last newline; nil when it has no
  /// torn last line.
  static func intactHistory(_ bytes: [UInt8]) -> [UInt8]? {
    guard bytes.last != 0x0A else { return nil }
    return Array(bytes[..<((bytes.lastIndex(of: 0x0A) ?? -1) + 1)])
  }

  /// A project with every file kind (codes, codings, history, codebook history, claims, journal,
  /// REFI GUIDs),
  /// the record a save interrupted in it would leave, and a `.qdc` export beside it.
  static func baseProject(in folder: TemporaryFolder) throws -> (project: URL, record: String) {
    let project = try folder.project("base", body: FaultInjectionTests.body)
    for (start, code) in [(0, "russia"), (5, "china"), (9, "russia")] {
      try SarapBinary.run(DurabilityTests.code(start, start + 3, code), in: project).check()
    }
    try SarapBinary.run(["codebook", "add", "extra", "--en", "Extra"], in: project).check()
    try SarapBinary.run(
      ["claims", "add", "--query", "russia AND NOT china", "--quantifier", "at-least 2"],
      in: project
    ).check()
    try SarapBinary.run(
      ["journal", "add", "Split russia:\n\tмедиа answers\n\nare about channels."], in: project
    ).check()
    try SarapBinary.run(
      ["export", "qdpx", folder.url.appendingPathComponent("base.qdpx").path], in: project
    ).check()
    try SarapBinary.run(
      ["export", "qdc", folder.url.appendingPathComponent("book.qdc").path], in: project
    ).check()
    let save = try InterruptedSave(of: DurabilityTests.code(20, 24), in: project, folder: folder)
    return (project, save.record)
  }
}

/// Random damage to a file's bytes.
enum Mutation {
  static func apply(to bytes: [UInt8], using random: inout SeededRandom) -> ([UInt8], String) {
    var bytes = bytes
    let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &random)
    switch Int.random(in: 0..<9, using: &random) {
    case 0 where !bytes.isEmpty:
      bytes[position] ^= UInt8(1 << Int.random(in: 0..<8, using: &random))
      return (bytes, "bit flipped at \(position)")
    case 1:
      let inserted = (0..<Int.random(in: 1...4, using: &random)).map { _ in
        [0x00, 0x09, 0x0A, 0xFF, 0xC3, 0x22, 0x3A, UInt8.random(in: 0...255, using: &random)]
          .randomElement(using: &random) ?? 0
      }
      bytes.insert(contentsOf: inserted, at: position)
      return (bytes, "bytes \(inserted) inserted at \(position)")
    case 2 where !bytes.isEmpty:
      let end = min(bytes.count, position + Int.random(in: 1...40, using: &random))
      bytes.removeSubrange(position..<end)
      return (bytes, "bytes \(position)..<\(end) cut")
    case 3:
      return (Array(bytes.prefix(position)), "truncated at \(position)")
    case 4, 5, 6:
      var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
      guard lines.count > 1 else { return (bytes + [0xFF], "0xFF appended") }
      let line = Int.random(in: 0..<lines.count, using: &random)
      let other = Int.random(in: 0..<lines.count, using: &random)
      let how: String
      switch Int.random(in: 0..<3, using: &random) {
      case 0:
        lines.insert(lines[line], at: line)
        how = "line \(line + 1) doubled"
      case 1:
        lines.remove(at: line)
        how = "line \(line + 1) dropped"
      default:
        lines.swapAt(line, other)
        how = "lines \(line + 1) and \(other + 1) swapped"
      }
      return (Array(lines.joined(separator: [0x0A])), how)
    default:
      guard let digit = bytes[position...].firstIndex(where: { (0x30...0x39).contains($0) }) else {
        return (bytes + [0xC3], "lone UTF-8 lead byte appended")
      }
      var end = digit
      while end < bytes.count, (0x30...0x39).contains(bytes[end]) { end += 1 }
      let huge =
        ["99999999999999999999999", "-1", "4294967296", "0"]
        .randomElement(using: &random) ?? "0"
      bytes.replaceSubrange(digit..<end, with: Array(huge.utf8))
      return (bytes, "number at \(digit) made \(huge)")
    }
  }
}
