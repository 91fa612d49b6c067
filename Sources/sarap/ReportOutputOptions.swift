import ArgumentParser
import Foundation
import SarapCore
import SarapEngine
import SarapFormats
import SarapStore

/// How and where a report is written.
struct OutputOptions: ParsableArguments {
  @Option(
    name: .long,
    help: """
      table, csv, tsv, md, json, svg (a figure), xlsx (an Excel workbook) or html (claims \
      check's evidence appendix); default: the --output file's extension, else table.
      """)
  var format: OutputFormat?

  @Option(name: .long, help: "Write to this file (replaced atomically) instead of standard output.")
  var output: String?

  @Option(name: .long, help: "Label language: kk (Kazakh) or en (English).")
  var lang: Language = .en

  @Flag(name: .long, help: "Start CSV and TSV with a byte order mark, for Excel.")
  var excel = false

  /// Writes the table (or, for `svg`, the figure) to the output file or standard output.
  ///
  /// - Parameters:
  ///   - table: The report laid out.
  ///   - figure: The report's figure, nil for a kind without one; asked for only for `svg`.
  func write(_ table: ReportTable, figure: () -> String? = { nil }) throws {
    let chosen = try OutputFormat.chosen(format, for: output)
    switch chosen {
    case .svg:
      guard let svg = figure() else {
        throw CommandFailure(
          "the \(table.kind) report has no figure; --format svg draws "
            + SVGFigure.kinds.joined(separator: ", "))
      }
      try emit(svg)
    case .xlsx:
      guard let output else { throw CommandFailure("--format xlsx needs --output FILE.xlsx") }
      try XLSXFile.write(SpreadsheetSheet(table), to: URL(fileURLWithPath: output))
    case .html:
      throw CommandFailure(
        "the \(table.kind) report has no --format html; sarap report html writes every report "
          + "as one page, sarap claims check --format html the claims' evidence appendix")
    default:
      try emit(table.rendered(as: chosen.tableFormat ?? .table, excel: excel))
    }
  }

  /// Writes text to the output file, durably, or to standard output.
  func emit(_ text: String) throws {
    if let output {
      try AtomicFile.write(text, to: URL(fileURLWithPath: output))
    } else {
      FileHandle.standardOutput.write(Data(text.utf8))
    }
  }

  /// Labels in the chosen language for the project's codebook.
  func labels(for project: Project) -> ReportLabels {
    ReportLabels(language: lang, codebook: project.codebook)
  }
}

extension Language: ExpressibleByArgument {}
extension Grouping: ExpressibleByArgument {}
extension MatrixCell: ExpressibleByArgument {}
extension CoOccurrenceMeasure: ExpressibleByArgument {}
