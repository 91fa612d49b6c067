import Foundation
import SarapCore
import SarapStore
import SarapTestSupport
import Testing

/// Durability under `kill -9`: whatever `sarap` acknowledged is on disk, whole.
@Suite("Crash safety", .serialized)
struct CrashTests {
  static let iterations = 30
  static let linesPerIteration = 400
  /// Fixes the kill delays, so a failure repeats with the same timings.
  static let seed: UInt64 = 20_261_203

  @Test("codings acknowledged before SIGKILL are all on disk, no file is torn, check is clean")
  func killedRepeatedly() throws {
    let folder = try TemporaryFolder()
    let body = String(repeating: "Ресей ықпалы зор. Қытай да бар.\n", count: 600)
    let project = try folder.project(body: body)
    var acknowledged: Set<Coding.Key> = []
    var killedWhileRunning = 0
    var delays = SeededGenerator(seed: Self.seed)
    for iteration in 0..<Self.iterations {
      let input = (0..<Self.linesPerIteration).map { line in
        let start = iteration * Self.linesPerIteration + line
        return "R01\t\(start)\t\(start + 1 + line % 5)\t\(line % 2 == 0 ? "russia" : "china")\n"
      }.joined()
      let run = try KilledRun(project: project, input: input)
      let (output, wasRunning) = try run.kill(
        afterSeconds: Double.random(in: 0.1...1.5, using: &delays))
      if wasRunning { killedWhileRunning += 1 }
      acknowledged.formUnion(Self.keys(acknowledgedIn: output))
      let loaded = try ProjectFolder(url: project).load()
      let keys = Set(loaded.codings.map(\.key))
      #expect(acknowledged.isSubset(of: keys), "iteration \(iteration): acknowledged coding lost")
    }
    #expect(killedWhileRunning > Self.iterations / 2, "the child was rarely killed mid-run")
    #expect(acknowledged.count >= Self.iterations, "too few codings were acknowledged")
    let check = try SarapBinary.run(["check"], in: project)
    #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    let session = try ProjectSession.open(folder: project, coder: "tester")
    #expect(acknowledged.isSubset(of: Set(session.project.codings.map(\.key))))
    // Every acknowledged coding has its history entry: those kept, plus those cut off when a
    // writer pruned the history (over 1,000 entries), which the prune record counts.
    let cut = session.historyPrune?.through ?? 0
    #expect(session.history.allSatisfy { $0.kind == .apply && $0.sequence > cut })
    #expect(cut + session.history.count >= acknowledged.count + 2)
    session.close()
  }

  /// Parses `ok N: code R01 S..E with CODE` lines.
  static func keys(acknowledgedIn output: String) -> [Coding.Key] {
    output.split(separator: "\n").compactMap { line in
      let words = line.split(separator: " ")
      guard words.count == 7, words[0] == "ok", words[2] == "code" else { return nil }
      let bounds = words[4].split(separator: ".", omittingEmptySubsequences: true)
      guard bounds.count == 2, let start = Int(bounds[0]), let end = Int(bounds[1]) else {
        return nil
      }
      return Coding.Key(
        transcript: Transcript.ID(String(words[3])), range: TextRange(start: start, end: end),
        code: Code.ID(String(words[6])), coder: "tester")
    }
  }
}

/// A `sarap code batch` child fed codings on standard input and killed with SIGKILL.
struct KilledRun {
  let process = Process()
  let files: ChildFiles

  init(project: URL, input: String) throws {
    files = try ChildFiles(input: input)
    process.executableURL = try SarapBinary.url
    process.arguments = ["code", "batch"]
    process.currentDirectoryURL = project
    process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "SARAP_CODER": "tester"]
    try files.attach(to: process)
    try process.run()
  }

  /// Kills the child after `delay` seconds; returns what it printed and whether it was still running.
  func kill(afterSeconds delay: Double) throws -> (output: String, wasRunning: Bool) {
    defer { files.remove() }
    Thread.sleep(forTimeInterval: delay)
    let wasRunning = process.isRunning
    if wasRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
    return (try files.output(), wasRunning)
  }
}
