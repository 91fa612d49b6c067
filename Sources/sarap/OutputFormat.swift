import ArgumentParser
import Foundation
import SarapFormats

/// Every format a report can be written in: the table writers', the SVG figure, the Excel
/// workbook and the HTML page (the claims' evidence appendix); chosen by `--format` or by the
/// output file's extension.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
  case table, csv, tsv, md, json, svg, xlsx, html

  /// The file extensions that name the format, the usual one first.
  var fileExtensions: [String] {
    switch self {
    case .table: ["txt"]
    case .md: ["md", "markdown"]
    case .html: ["html", "htm"]
    default: [rawValue]
    }
  }

  /// The format a file extension names (case-insensitive); nil for any other.
  init?(fileExtension: String) {
    let lowered = fileExtension.lowercased()
    guard let format = Self.allCases.first(where: { $0.fileExtensions.contains(lowered) }) else {
      return nil
    }
    self = format
  }

  /// The table writer's format; nil for the SVG figure, the workbook and the HTML page.
  var tableFormat: ReportFormat? { ReportFormat(rawValue: rawValue) }

  /// The extensions every format is chosen by, for messages: `.txt, .csv, …`.
  static var extensionList: String {
    allCases.flatMap(\.fileExtensions).map { "." + $0 }.joined(separator: ", ")
  }

  /// The format to write a file in: the one asked for, which the file's extension must not
  /// contradict, else the one the extension names, else a text table.
  static func chosen(_ asked: OutputFormat?, for path: String?) throws -> OutputFormat {
    let fileExtension = path.map { URL(fileURLWithPath: $0).pathExtension } ?? ""
    let named = OutputFormat(fileExtension: fileExtension)
    guard let asked else { return named ?? .table }
    if let path, !fileExtension.isEmpty, named != asked {
      throw CommandFailure(
        "\(path): the extension .\(fileExtension) does not match the format \(asked.rawValue) "
          + "(which writes .\(asked.fileExtensions[0]) files)")
    }
    return asked
  }
}
