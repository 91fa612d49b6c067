import ArgumentParser

/// `sarap export`: the project or its codebook in the REFI-QDA exchange format.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export the project (.qdpx) or its codebook (.qdc) for other QDA tools.",
    discussion: """
      REFI-QDA files open in NVivo, ATLAS.ti, MAXQDA, QualCoder and other tools. Every object \
      keeps its GUID from one export to the next (Codebooks/refi-ids.txt). What the format \
      cannot carry is listed after the export.
      """,
    subcommands: [ExportQDPXCommand.self, ExportQDCCommand.self])
}
