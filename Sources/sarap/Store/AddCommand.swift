import ArgumentParser
import Foundation
import SarapCore
import SarapStore

/// `sarap add DIR FILE…`: brings transcripts into a project.
struct AddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Add transcripts from .txt, .md or .docx files.",
    discussion: """
      Each file becomes Transcripts/<ID>.txt, the id made from its file name. Text must be UTF-8 \
      (a byte order mark is dropped) or UTF-16 with a byte order mark; CRLF becomes LF and the \
      text is NFC-normalised once, here. A Word document's paragraphs become lines. Anything \
      else is refused with the file and byte offset. Each file added is one undoable edit.
      """)

  @Argument(help: "The project folder.")
  var directory: String

  @Argument(help: "The files to add.")
  var files: [String]

  @Option(name: .long, help: "The transcript id (only with a single file).")
  var id: String?

  @OptionGroup var coder: CoderOption

  func validate() throws {
    if id != nil, files.count != 1 { throw ValidationError("--id needs exactly one file") }
    if files.isEmpty { throw ValidationError("name at least one file to add") }
  }

  func run() throws {
    try CommandRunner.edit(URL(fileURLWithPath: directory), coder) { session in
      let transcripts = try files.map {
        try TranscriptImport.transcript(
          from: URL(fileURLWithPath: $0), id: id.map { Transcript.ID($0) })
      }
      for (file, transcript) in zip(files, transcripts) {
        try session.apply(
          .addTranscript(transcript), summary: "add transcript \(transcript.id) from \(file)")
        print(
          "added \(transcript.id) (\(transcript.body.scalarCount) characters) as "
            + "Transcripts/\(transcript.id).txt")
      }
    }
  }
}
