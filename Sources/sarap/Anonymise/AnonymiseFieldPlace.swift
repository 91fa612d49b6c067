import Foundation
import SarapCore
import SarapEngine
import SarapFormats
import SarapStore

/// Where a candidate outside the transcript bodies is written, as `path:line:col`.
enum AnonymiseFieldPlace {
  /// Where to look for a field: its files, the line its section starts after (a code's
  /// `code ID`), and how its lines start (a continuation line starts with two spaces).
  private struct Search {
    var files: [String]
    var section: String?
    var starts: [String]
  }

  /// The first line of the field that holds the candidate's text (escaped as the file writes
  /// it); the file alone when no line does.
  static func locate(_ candidate: AnonymisationFieldCandidate, in folder: ProjectFolder) -> String {
    let needle = MemoEscaping.escape(candidate.text)
    let search = search(candidate.field, in: folder)
    for relative in search.files {
      guard let data = try? Data(contentsOf: folder.layout.url(relative)) else { continue }
      let lines = String(decoding: data, as: UTF8.self).split(
        separator: "\n", omittingEmptySubsequences: false)
      var inSection = search.section == nil
      var inField = false
      for (number, line) in lines.enumerated() {
        if let section = search.section, line.hasPrefix("code ") {
          inSection = line == section
          continue
        }
        guard inSection else { continue }
        if search.starts.contains(where: { line.hasPrefix($0) }) {
          inField = true
        } else if !line.hasPrefix("  ") {
          inField = false
        }
        guard inField, let hit = line.range(of: needle) else { continue }
        let column = line[..<hit.lowerBound].unicodeScalars.count + 1
        return "\(relative):\(number + 1):\(column)"
      }
    }
    return search.files.first ?? "?"
  }

  private static func search(
    _ field: AnonymisationFieldCandidate.Field, in folder: ProjectFolder
  ) -> Search {
    switch field {
    case .title(let id): return Search(files: [ProjectLayout.transcript(id)], starts: ["title:"])
    case .attribute(let id, let name):
      return Search(files: [ProjectLayout.transcript(id)], starts: ["attribute \(name):"])
    case .transcriptMemo(let id):
      return Search(files: [ProjectLayout.transcript(id)], starts: ["memo:"])
    case .codingMemo(let key):
      let codings = folder.layout.url(ProjectLayout.codings).path
      let names = (try? FileManager.default.contentsOfDirectory(atPath: codings)) ?? []
      let start = [
        key.transcript.rawValue, "\(key.range.start)", "\(key.range.end)", key.code.rawValue,
      ].joined(separator: "\t")
      return Search(
        files: names.filter { $0.hasSuffix(".txt") }.sorted().map {
          ProjectLayout.codings + "/" + $0
        }, starts: [start + "\t"])
    case .codeDefinition(let id):
      return Search(files: [ProjectLayout.codebook], section: "code \(id)", starts: ["definition:"])
    case .codeMemo(let id):
      return Search(files: [ProjectLayout.codebook], section: "code \(id)", starts: ["memo:"])
    }
  }
}
