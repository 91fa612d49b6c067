import Foundation
import TerminalKit
import Testing

/// Compares a screen with its golden text file in `__Snapshots__/<TestFile>/<name>.txt`.
///
/// The file holds the rows quoted (so trailing spaces show), then a legend of the styles used
/// and, per row, the runs of cells in each style. Recording is explicit: with `RECORD_SNAPSHOTS=1`
/// (or when the file is missing) the file is written and the test FAILS, so a recording run never
/// passes; CI never sets it. A person reviews every snapshot diff.
func assertSnapshot(
  _ buffer: ScreenBuffer, named name: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let text = SnapshotText.render(buffer)
  let testFile = URL(fileURLWithPath: filePath)
  let folder = testFile.deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    .appendingPathComponent(testFile.deletingPathExtension().lastPathComponent)
  let file = folder.appendingPathComponent("\(name).txt")
  let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
  let existing = try? String(contentsOf: file, encoding: .utf8)
  if recording || existing == nil {
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try text.write(to: file, atomically: true, encoding: .utf8)
      Issue.record(
        "Recorded snapshot \(file.path); review it, then run without RECORD_SNAPSHOTS",
        sourceLocation: sourceLocation)
    } catch {
      Issue.record("Could not record \(file.path): \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  #expect(existing == text, "snapshot \(name) differs:\n\(text)", sourceLocation: sourceLocation)
}

/// The text form of a screen: quoted rows, a style legend, and style runs per row.
enum SnapshotText {
  static func render(_ buffer: ScreenBuffer) -> String {
    var letters: [Style: Character] = [:]
    var legend: [String] = []
    var runs: [String] = []
    for y in 0..<buffer.size.height {
      var x = 0
      let row = Array(buffer.row(y))
      while x < row.count {
        let style = row[x].style
        var end = x + 1
        while end < row.count && row[end].style == style { end += 1 }
        if style != .plain {
          let letter =
            letters[style]
            ?? {
              let next = Character(UnicodeScalar(UInt8(97 + letters.count % 26)))
              letters[style] = next
              legend.append("\(next)  \(describe(style))")
              return next
            }()
          runs.append("row \(y) col \(x)-\(end - 1)  \(letter)")
        }
        x = end
      }
    }
    let rows = buffer.description
    return rows + "\n-- styles --\n" + legend.joined(separator: "\n") + "\n-- runs --\n"
      + runs.joined(separator: "\n") + "\n"
  }

  static func describe(_ style: Style) -> String {
    var parts: [String] = []
    if style.foreground != .default { parts.append("fg \(colour(style.foreground))") }
    if style.background != .default { parts.append("bg \(colour(style.background))") }
    if style.bold { parts.append("bold") }
    if style.dim { parts.append("dim") }
    if style.underline { parts.append("underline") }
    if style.reverse { parts.append("reverse") }
    return parts.joined(separator: " ")
  }

  private static func colour(_ colour: TerminalColor) -> String {
    switch colour {
    case .default: "default"
    case .indexed(let index): String(index)
    }
  }
}
