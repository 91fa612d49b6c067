import ArgumentParser
import Foundation
import SarapCore
import SarapEngine
import SarapFormats
import SarapStore

/// `sarap anonymise review`: the codings an apply widened, with what they covered before.
struct AnonymiseReview: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "review",
    abstract: "List the codings an apply widened to a whole pseudonym, to review them.",
    discussion: """
      A coding that started or ended inside a replaced text now covers the whole pseudonym. \
      Each is listed with the text it covered before, read from the key file (it may hold part \
      of an original, so it is never written to Codebooks/review.txt or any shared file). A \
      coding undone, removed or moved since is not listed. Tab-separated: transcript, range, \
      code, coder, the text now, the text before.
      """)

  @OptionGroup var project: ProjectOption
  @OptionGroup var key: KeyOption

  func run() throws {
    try CommandRunner.run {
      let loaded = try ProjectFolder(url: project.url).load()
      let key = try AnonymisationFiles.key(at: self.key.url(project: project.url))
      let records = key.widenedForReview(in: loaded)
      for record in records {
        let now = loaded.transcript(record.coding.transcript).map { $0.body[record.coding.range] }
        print(
          [
            record.coding.transcript.rawValue,
            "\(record.coding.range.start)-\(record.coding.range.end)",
            record.coding.code.rawValue, record.coding.coder.rawValue,
            MemoEscaping.escape(now ?? ""), MemoEscaping.escape(record.text),
          ].joined(separator: "\t"))
      }
      print(
        "\(records.count) widened coding(s) to review (the text before is from the key: "
          + "keep it out of anything shared)")
    }
  }
}
