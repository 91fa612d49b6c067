import Foundation

/// How much the fault-injection suite does, and its seed.
///
/// `make test` runs the quick version. The long one is
/// `SARAP_FAULTS=long swift test --filter FaultInjection` (500 kills, 1,000 mutations and more of
/// every other fault); `SARAP_FAULTS_SEED=N` replays a run (the seed is printed at the start of
/// each test), `SARAP_FAULTS_KILLS` and `SARAP_FAULTS_MUTATIONS` override the counts.
struct FaultPlan: Sendable {
  let isLong: Bool
  let seed: UInt64
  let kills: Int
  let mutations: Int
  /// How many times the quick count each of the other faults runs: crashes followed by a `git
  /// pull`, out-of-space batches, injected permission and I/O faults, writer races.
  let rounds: Int

  static let current: FaultPlan = {
    let environment = ProcessInfo.processInfo.environment
    let isLong = environment["SARAP_FAULTS"] == "long"
    let seed =
      environment["SARAP_FAULTS_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 1...999_999)
    return FaultPlan(
      isLong: isLong, seed: seed,
      kills: environment["SARAP_FAULTS_KILLS"].flatMap { Int($0) } ?? (isLong ? 500 : 10),
      mutations: environment["SARAP_FAULTS_MUTATIONS"].flatMap { Int($0) } ?? (isLong ? 1000 : 20),
      rounds: isLong ? 20 : 1)
  }()

  /// A generator for one test, seeded from the run's seed and the test's name; prints both.
  func random(for test: String) -> SeededRandom {
    let salt = test.utf8.reduce(UInt64(1_469_598_103_934_665_603)) {
      ($0 ^ UInt64($1)) &* 1_099_511_628_211
    }
    print(
      "fault injection \(test): seed \(seed) (replay: SARAP_FAULTS_SEED=\(seed)\(isLong ? " SARAP_FAULTS=long" : ""))"
    )
    return SeededRandom(seed: seed ^ salt)
  }
}

/// SplitMix64: a small seeded generator, so that a failing run can be replayed.
struct SeededRandom: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}

/// A finished `sarap` child, with how it ended.
struct FaultOutcome {
  var status: Int32
  var signalled: Bool
  var timedOut: Bool
  var stdout: String
  var stderr: String

  /// Killed by the fault plan (SIGKILL), not crashed.
  var wasKilled: Bool { signalled && status == SIGKILL }
  /// Ended by a signal other than the planned SIGKILL: a crash.
  var crashed: Bool { signalled && status != SIGKILL }
}

/// Runs `sarap` with a fault plan and a timeout (a hang is killed and reported).
enum FaultChild {
  static func run(
    _ arguments: [String], in folder: URL, fault: String? = nil, input: String = "",
    coder: String = "tester", timeout: TimeInterval = 60
  ) throws -> FaultOutcome {
    let files = try ChildFiles(input: input)
    defer { files.remove() }
    let process = Process()
    process.executableURL = try SarapBinary.url
    process.arguments = arguments
    process.currentDirectoryURL = folder
    var environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "SARAP_CODER": coder]
    if let fault { environment["SARAP_FAULT"] = fault }
    process.environment = environment
    try files.attach(to: process)
    try process.run()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
    let timedOut = process.isRunning
    if timedOut { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
    return FaultOutcome(
      status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
      timedOut: timedOut, stdout: try files.output(), stderr: try files.errors())
  }
}

/// The codings of a project's `tester` file, as `R01 start end code` keys.
enum CodingKeys {
  static func of(_ project: URL, coder file: String = "tester") -> Set<String> {
    let url = project.appendingPathComponent("Codebooks/codings/\(file).txt")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    return Set(
      text.split(separator: "\n").dropFirst(2).map { line in
        line.split(separator: "\t", omittingEmptySubsequences: false).prefix(4).joined(
          separator: " ")
      })
  }

  /// The keys acknowledged in a batch's output (`ok N: code R01 S..E with CODE`).
  static func acknowledged(in output: String) -> [String] {
    output.split(separator: "\n").compactMap { line in
      let words = line.split(separator: " ")
      guard words.count == 7, words[0] == "ok", words[2] == "code" else { return nil }
      let bounds = words[4].split(separator: ".", omittingEmptySubsequences: true)
      guard bounds.count == 2 else { return nil }
      return "\(words[3]) \(bounds[0]) \(bounds[1]) \(words[6])"
    }
  }
}

/// The hidden temporary files in a project's folders.
enum TemporaryLeftovers {
  static func of(_ project: URL) -> [String] {
    ["Codebooks", "Codebooks/codings", "Transcripts", ".sarap"].flatMap { folder in
      ((try? FileManager.default.contentsOfDirectory(
        atPath: project.appendingPathComponent(folder).path)) ?? [])
        .filter { $0.hasPrefix(".") && $0.hasSuffix(".tmp") }.map { "\(folder)/\($0)" }
    }
  }
}
