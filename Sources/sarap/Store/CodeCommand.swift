import ArgumentParser
import Foundation
import SarapCore
import SarapStore

/// `sarap code add|remove`: apply a code to a passage, or take it off.
struct CodeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "code",
    abstract: "Code a passage of a transcript, or remove a coding.",
    subcommands: [Add.self, Remove.self, Batch.self])

  /// `sarap code add`.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Apply a code to a range of a transcript.",
      discussion: """
        Examples:
          sarap code add R07 --code russia --start 120 --end 530 --coder ana
          sarap code add R07 --code russia --text "Ресей ықпалы" --memo "strong claim"
        """)

    @OptionGroup var project: ProjectOption
    @OptionGroup var coder: CoderOption
    @Argument(help: "The transcript id.") var transcript: String
    @OptionGroup var range: RangeOptions
    @Option(name: .long, help: "The code id.") var code: String
    @Option(name: .long, help: "A memo on the coding.") var memo: String = ""

    func run() throws {
      try CommandRunner.edit(project, coder, codings: .sessionCoder) { session in
        let coder = try session.namedCoder()
        let transcript = try session.transcript(self.transcript)
        let range = try self.range.range(in: transcript)
        guard transcript.body.contains(range) else {
          throw StoreError.edit(
            .rangeOutsideTranscript(transcript.id, range, length: transcript.body.scalarCount))
        }
        let coding = Coding(
          transcript: transcript.id, range: range, code: Code.ID(code), coder: coder,
          time: Timestamp.now(), fingerprint: TextFingerprint(of: transcript.body[range]),
          memo: memo)
        let summary = "code \(transcript.id) \(range.start)..\(range.end) with \(code)"
        try session.apply(.addCoding(coding), summary: summary)
        print("\(summary) (\(coder))")
      }
    }
  }

  /// `sarap code remove`.
  struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Remove the coder's coding of a range with a code.",
      discussion: "Example: sarap code remove R07 --code russia --start 120 --end 530")

    @OptionGroup var project: ProjectOption
    @OptionGroup var coder: CoderOption
    @Argument(help: "The transcript id.") var transcript: String
    @OptionGroup var range: RangeOptions
    @Option(name: .long, help: "The code id.") var code: String

    func run() throws {
      try CommandRunner.edit(project, coder, codings: .sessionCoder) { session in
        let coder = try session.namedCoder()
        let coding = try session.coding(
          transcript: self.transcript, range: range, code: Code.ID(code))
        let summary =
          "uncode \(coding.transcript) \(coding.range.start)..\(coding.range.end) "
          + "from \(code)"
        try session.apply(.removeCoding(coding), summary: summary)
        print("\(summary) (\(coder))")
      }
    }
  }
}

extension ProjectSession {
  /// The transcript with the id, or a failure naming it.
  func transcript(_ id: String) throws -> Transcript {
    guard let transcript = project.transcript(Transcript.ID(id)) else {
      throw StoreError.edit(.unknownTranscript(Transcript.ID(id)))
    }
    return transcript
  }

  /// This session's coder's coding of a range with a code, or a failure.
  func coding(transcript id: String, range options: RangeOptions, code: Code.ID) throws -> Coding {
    let transcript = try transcript(id)
    let range = try options.range(in: transcript)
    let key = Coding.Key(
      transcript: transcript.id, range: range, code: code, coder: try namedCoder())
    guard let coding = project.codings.first(where: { $0.key == key }) else {
      throw StoreError.edit(.missingCoding(key))
    }
    return coding
  }
}
