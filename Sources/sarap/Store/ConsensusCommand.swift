import ArgumentParser
import Foundation
import SarapCore
import SarapEngine
import SarapStore

/// `sarap consensus`: seeds a consensus coder from two coders, as one undoable edit.
struct ConsensusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "consensus",
    abstract: "Seed a consensus coder's codings from two coders (one undoable edit).",
    discussion: """
      Policies: agreed (only codings both coders made with the same range and code; the default), \
      union (everything either coded), a or b (one coder's codings). Codings the consensus coder \
      already has are kept and not added twice. Reports can then use --coder consensus; \
      'sarap undo' takes the whole seeding back.
      Example: sarap consensus --coder dissertation --coder example-b --into consensus
      """)

  @OptionGroup var project: ProjectOption

  @Option(name: .long, help: "The two coders, A then B (give --coder twice).")
  var coder: [String] = []

  @Option(name: .long, help: "The consensus coder to write into.")
  var into: String = "consensus"

  @Option(name: .long, help: "agreed, union, a or b.")
  var policy: ConsensusPolicy = .agreed

  func validate() throws {
    guard coder.count == 2 else {
      throw ValidationError(
        "consensus needs exactly two coders: give --coder A --coder B (got \(coder.count))")
    }
    guard !coder.contains(into) else {
      throw ValidationError("--into must name a coder other than the two compared")
    }
  }

  func run() throws {
    try CommandRunner.run {
      let target = Coder.ID(into)
      let session = try ProjectSession.open(folder: project.url, coder: target)
      defer { session.close() }
      let known = Set(session.project.coders)
      if let unknown = coder.first(where: { !known.contains(Coder.ID($0)) }) {
        throw CommandFailure("no codings by coder '\(unknown)'")
      }
      let codings = session.project.consensusCodings(
        from: Coder.ID(coder[0]), and: Coder.ID(coder[1]), into: target, policy: policy,
        time: Timestamp.now())
      let summary =
        "seed \(into) from \(coder[0]) and \(coder[1]) (\(policy.rawValue)): "
        + "\(codings.count) coding(s)"
      if !codings.isEmpty {
        try session.apply(.batch(codings.map { .addCoding($0) }), summary: summary)
      }
      print(summary)
    }
  }
}

extension ConsensusPolicy: ExpressibleByArgument {}
