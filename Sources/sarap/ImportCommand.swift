import ArgumentParser

/// `sarap import`: a REFI-QDA project or codebook from another QDA tool.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import a REFI-QDA project (.qdpx) or codebook (.qdc) from another QDA tool.",
    discussion: """
      Every selection is checked against its text; the counting convention the exporting tool \
      used (code points or UTF-16, CRLF as one or two, end exclusive or inclusive) is worked out \
      per source. Everything that cannot be carried over is listed.
      """,
    subcommands: [ImportQDPXCommand.self, ImportQDCCommand.self])
}
