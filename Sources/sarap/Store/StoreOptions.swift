import ArgumentParser
import Foundation
import SarapCore
import SarapStore

/// `--project DIR`, shared by the headless commands.
struct ProjectOption: ParsableArguments {
  @Option(name: .long, help: "The project folder (default: the current folder).")
  var project: String?

  /// The folder named, else the current folder.
  var path: String { project ?? "." }

  var url: URL { URL(fileURLWithPath: path) }
}

/// `--coder NAME`, shared by the commands that edit.
struct CoderOption: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Who is coding (default: $SARAP_CODER, else the project's .sarap/coder, else git's "
        + "user.name); recorded on every edit."))
  var coder: String?

  @Option(
    name: .long,
    help: "Why: recorded with codebook changes in Codebooks/codebook-history.txt (optional).")
  var reason: String?

  /// The coder and where the name came from, or nil when nothing names one; throws when a name
  /// given cannot name a coder.
  func resolution(project url: URL) throws(StoreError) -> CoderIdentity.Resolution? {
    try CoderIdentity.resolve(
      option: coder, environment: ProcessInfo.processInfo.environment,
      project: ProjectFolder(url: url))
  }

  /// The coder editing the project at `url`, or a failure naming the four ways to name one.
  func resolve(project url: URL) throws -> Coder.ID {
    guard let found = try resolution(project: url) else {
      throw CommandFailure(CoderIdentity.missingMessage)
    }
    return found.coder
  }
}

/// An error printed as it is, to standard error, with exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
  let description: String

  init(_ description: String) { self.description = description }
}

/// Runs a command body, printing store and edit errors to standard error and exiting non-zero.
enum CommandRunner {
  static func run(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch let error as ExitCode {
      throw error
    } catch let error as CleanExit {
      throw error
    } catch {
      FileHandle.standardError.write(Data("sarap: \(error)\n".utf8))
      throw ExitCode.failure
    }
  }

  /// Opens a writable session, runs `body` with it, and closes it; `codings` says whose codings
  /// it holds (``ProjectSession/CodingsScope``).
  static func edit(
    _ project: ProjectOption, _ coder: CoderOption,
    codings: ProjectSession.CodingsScope = .everyCoder, _ body: (ProjectSession) throws -> Void
  ) throws {
    try edit(project.url, coder, codings: codings, body)
  }

  /// Opens a writable session on the folder at `url`, runs `body` with it, and closes it.
  static func edit(
    _ url: URL, _ coder: CoderOption, codings: ProjectSession.CodingsScope = .everyCoder,
    _ body: (ProjectSession) throws -> Void
  ) throws {
    try run {
      let session = try ProjectSession.open(
        folder: url, coder: try coder.resolve(project: url), codings: codings)
      defer { session.close() }
      try ProjectSession.$changeReason.withValue(coder.reason ?? "") { try body(session) }
    }
  }
}
