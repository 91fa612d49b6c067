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
        its own undoable edit (its own history entry); once it is on disk Sarap prints \
        'ok N: code …' for line N. The lines that have already arrived when Sarap reads are saved \
        together (one flush of the codings file and the history for all of them), so a pipe of \
        many lines is fast (the first line is saved alone, then groups of 2, 4, … up to 1,000 lines); \
        every line is acknowledged only once it is on disk, never before. \
        The first line that fails stops the batch (exit 1); the codings before it stay.
        Example: printf 'R07\\t120\\t530\\trussia\\n' | sarap code batch --coder ana
        """)

    @OptionGroup var project: ProjectOption
    @OptionGroup var coder: CoderOption

    func run() throws {
      try CommandRunner.edit(project, coder, codings: .sessionCoder) { session in
        var input = StandardInputLines()
        var groupSize = 1
        var number = 0
        while let lines = input.next() {
          var group: [Line] = []
          var malformed: Error?
          for text in lines {
            number += 1
            if text.isEmpty { continue }
            do {
              let (edit, summary) = try Self.edit(text, number: number, in: session)
              group.append(Line(number: number, edit: edit, summary: summary))
            } catch {
              malformed = error
              break
            }
          }
          try Self.save(group, in: session, groupSize: &groupSize)
          if let malformed { throw malformed }
        }
      }
    }

    /// A line's number and the edit it asks for.
    struct Line {
      var number: Int
      var edit: ProjectEdit
      var summary: String
    }

    /// Saves the lines' codings in groups, acknowledging each line once it is on disk; throws
    /// the first failure (the lines before it stay saved).
    ///
    /// Groups grow: the first line is saved alone, then two, four, … up to
    /// ``StandardInputLines/largestGroup``, so the first acknowledgement comes as soon as it did
    /// when every line was saved alone, and a long pipe still pays its flushes a few times only.
    static func save(_ lines: [Line], in session: ProjectSession, groupSize: inout Int) throws {
      var rest = lines[...]
      while let first = rest.first {
        let (entries, refused) = try session.applyGroup(
          rest.prefix(groupSize).map { ($0.edit, $0.summary) })
        groupSize = min(groupSize * 2, StandardInputLines.largestGroup)
        var saved = entries.count
        if saved == 0, refused == nil {
          // An edit that cannot join a group (it adds to a record file) is saved alone.
          try session.apply(first.edit, summary: first.summary)
          saved = 1
        }
        for line in rest.prefix(saved) {
          FileHandle.standardOutput.write(Data("ok \(line.number): \(line.summary)\n".utf8))
        }
        if let refused { throw refused }
        rest = rest.dropFirst(saved)
      }
    }

    /// The coding a line asks for, as an edit and its summary.
    static func edit(_ line: String, number: Int, in session: ProjectSession) throws -> (
      edit: ProjectEdit, summary: String
    ) {
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
      return (.addCoding(coding), "code \(transcript.id) \(start)..\(end) with \(fields[3])")
    }
  }
}
