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
    if !table.parameters.contains(where: { $0.key == "coder" }) {
      table.parameters += request.filter.reportParameters
    }
    let url = URL(fileURLWithPath: request.path)
    let folder = url.deletingLastPathComponent()
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder),
      isFolder.boolValue
    else { throw MissingExportFolder(path: folder.standardizedFileURL.path) }
    switch try format(of: url) {
    case .svg:
      guard let figure = SVGFigure.chart(of: request.report, table: table, labels: labels) else {
        throw CommandFailure(
          "\(url.lastPathComponent): the \(table.kind) report has no SVG figure (figures: "
            + SVGFigure.kinds.joined(separator: ", ") + ")")
      }
      try AtomicFile.write(figure, to: url)
    case .xlsx:
      try XLSXFile.write(SpreadsheetSheet(table), to: url)
    case .html:
      throw CommandFailure(
        "\(url.lastPathComponent): the workbench exports no HTML; sarap report html writes one")
    case let chosen:
      try AtomicFile.write(table.rendered(as: chosen.tableFormat ?? .table), to: url)
    }
    return url.standardizedFileURL.path
  }

  /// The format a file's extension names; a text table for a file without one.
  static func format(of url: URL) throws -> OutputFormat {
    guard !url.pathExtension.isEmpty else { return .table }
    guard let format = OutputFormat(fileExtension: url.pathExtension) else {
      throw CommandFailure(
        "\(url.lastPathComponent): .\(url.pathExtension) is not a format Sarap writes "
          + "(\(OutputFormat.extensionList))")
    }
    return format
  }
}

/// An export asked for a file in a folder that does not exist.
struct MissingExportFolder: Error, CustomStringConvertible {
  /// The folder, absolute.
  let path: String

  var description: String { "the folder \(path) does not exist" }
}
