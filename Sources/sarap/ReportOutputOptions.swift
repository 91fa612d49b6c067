import ArgumentParser
import Foundation
import SarapCore
import SarapEngine
import SarapFormats
import SarapStore

/// How and where a report is written.
struct OutputOptions: ParsableArguments {
  @Option(name: .long, help: "table, csv, tsv, md or json.")
  var format: ReportFormat = .table

  @Option(name: .long, help: "Write to this file (replaced atomically) instead of standard output.")
  var output: String?

  @Option(name: .long, help: "Label language: kk (Kazakh) or en (English).")
  var lang: Language = .en

  @Flag(name: .long, help: "Start CSV and TSV with a byte order mark, for Excel.")
  var excel = false

  /// Writes the table to the output file or standard output.
  func write(_ table: ReportTable) throws {
    let text = table.rendered(as: format, excel: excel)
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

extension ReportFormat: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
extension Grouping: ExpressibleByArgument {}
extension MatrixCell: ExpressibleByArgument {}
extension CoOccurrenceMeasure: ExpressibleByArgument {}
