import Foundation
import SarapCore
import SarapEngine
import SarapFormats
import SarapStore
import Workbench

/// Writes the report on the workbench's screen to a file, formatted by the file's extension.
enum ReportExport {
  /// Writes the report and returns the absolute path written.
  static func write(_ request: ExportRequest, codebook: Codebook) throws -> String {
    let labels = ReportLabels(language: request.language, codebook: codebook)
    var table = request.report.table(labels: labels)
    if let coder = request.coder {
      table.parameters.append(ReportParameter("coder", coder.rawValue))
    }
    let url = URL(fileURLWithPath: request.path)
    try AtomicFile.write(table.rendered(as: format(of: url)), to: url)
    return url.standardizedFileURL.path
  }

  /// The format a file's extension names; a text table for any other.
  static func format(of url: URL) -> ReportFormat {
    ReportFormat(rawValue: url.pathExtension.lowercased())
      ?? (url.pathExtension == "markdown" ? .md : .table)
  }
}
