import CXlsxwriter
import Foundation
import SarapEngine
import SarapFormats

/// Writes a report sheet as an Excel workbook (`.xlsx`) with libxlsxwriter, durably.
///
/// libxlsxwriter writes to a path, never to memory, so the workbook is written to a private
/// temporary folder first, then its bytes replace the target through ``AtomicFile``: a reader
/// sees the old file or the whole new one. Numbers are written as numbers (with `0` or `0.0000`
/// formats), text as UTF-8 strings; the header row is bold and frozen.
public enum XLSXFile {
  /// Writes the sheet to `url`, replacing any file there.
  public static func write(_ sheet: SpreadsheetSheet, to url: URL) throws(StoreError) {
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("sarap-xlsx-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    do {
      try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    } catch {
      throw .io(path: scratch.path, operation: "create", message: error.localizedDescription)
    }
    defer { try? FileManager.default.removeItem(at: scratch) }
    let built = scratch.appendingPathComponent("report.xlsx")
    if let failure = build(sheet, at: built.path) {
      throw .io(path: url.path, operation: "write the spreadsheet", message: failure)
    }
    guard let bytes = FileManager.default.contents(atPath: built.path) else {
      throw .io(path: built.path, operation: "read", message: "the written workbook is missing")
    }
    try AtomicFile.write(bytes: Array(bytes), to: url)
  }

  /// Builds the workbook at a path; the library's message on failure, nil on success.
  private static func build(_ sheet: SpreadsheetSheet, at path: String) -> String? {
    guard let workbook = workbook_new(path) else { return "libxlsxwriter could not start" }
    guard let worksheet = workbook_add_worksheet(workbook, sheet.name) else {
      workbook_close(workbook)
      return "libxlsxwriter could not add the sheet \(sheet.name)"
    }
    let bold = workbook_add_format(workbook)
    format_set_bold(bold)
    var formats: [String: UnsafeMutablePointer<lxw_format>] = [:]
    var failure: lxw_error = LXW_NO_ERROR
    func check(_ result: lxw_error) { if failure == LXW_NO_ERROR { failure = result } }
    for (column, header) in sheet.headers.enumerated() {
      check(worksheet_write_string(worksheet, 0, lxw_col_t(column), header, bold))
      check(
        worksheet_set_column(
          worksheet, lxw_col_t(column), lxw_col_t(column), sheet.columnWidths[column], nil))
    }
    for (index, row) in sheet.rows.enumerated() {
      let line = lxw_row_t(index + 1)
      for (column, cell) in row.enumerated() {
        let place = lxw_col_t(column)
        var format: UnsafeMutablePointer<lxw_format>?
        if let code = SpreadsheetSheet.numberFormat(cell) {
          format = formats[code] ?? workbook_add_format(workbook)
          if formats[code] == nil, let format {
            format_set_num_format(format, code)
            formats[code] = format
          }
        }
        switch cell {
        case .text(let text): check(worksheet_write_string(worksheet, line, place, text, nil))
        case .integer(let value):
          check(worksheet_write_number(worksheet, line, place, Double(value), format))
        case .decimal(let value, _):
          check(worksheet_write_number(worksheet, line, place, value, format))
        case .empty: break
        }
      }
    }
    worksheet_freeze_panes(worksheet, 1, 0)
    let closed = workbook_close(workbook)
    if failure == LXW_NO_ERROR { failure = closed }
    return failure == LXW_NO_ERROR ? nil : String(cString: lxw_strerror(failure))
  }
}
