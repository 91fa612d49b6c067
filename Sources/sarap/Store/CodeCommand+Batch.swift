import ArgumentParser
import Foundation
import SarapCore
import SarapFormats
import SarapStore

extension CodeCommand {
  /// `sarap code batch`: many codings from tab-separated lines, each acknowledged once durable.
  struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Apply codings read from standard input, one per line.",
      discussion: """
        Each line is TRANSCRIPT<tab>START<tab>END<tab>CODE, optionally <tab>MEMO. Each coding is \
        its own durable, undoable edit; once it is on disk Sarap prints 'ok N: code …' for line N. \
        The first line that fails stops the batch (exit 1); the codings before it stay.
        Example: printf 'R07\\t120\\t530\\trussia\\n' | sarap code batch --coder ana
        """)

    @OptionGroup var project: ProjectOption
    @OptionGroup var coder: CoderOption

    func run() throws {
      try CommandRunner.edit(project, coder) { session in
        var number = 0
        while let line = readLine(strippingNewline: true) {
          number += 1
          if line.isEmpty { continue }
          let summary = try Self.apply(line, number: number, in: session)
          FileHandle.standardOutput.write(Data("ok \(number): \(summary)\n".utf8))
        }
      }
    }

    static func apply(_ line: String, number: Int, in session: ProjectSession) throws -> String {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 4 || fields.count == 5, let start = InputLimits.number(fields[1]),
        let end = InputLimits.number(fields[2]), start <= end
      else {
        throw CommandFailure(
          "stdin:\(number):1: expected TRANSCRIPT<tab>START<tab>END<tab>CODE[<tab>MEMO]")
      }
      let transcript = try session.transcript(fields[0])
      let range = TextRange(start: start, end: end)
      guard transcript.body.contains(range) else {
        throw StoreError.edit(
          .rangeOutsideTranscript(transcript.id, range, length: transcript.body.scalarCount))
      }
      let coding = Coding(
        transcript: transcript.id, range: range, code: Code.ID(fields[3]),
        coder: try session.namedCoder(),
        time: Timestamp.now(), fingerprint: TextFingerprint(of: transcript.body[range]),
        memo: fields.count == 5 ? fields[4] : "")
      let summary = "code \(transcript.id) \(start)..\(end) with \(fields[3])"
      try session.apply(.addCoding(coding), summary: summary)
      return summary
    }
  }
}
