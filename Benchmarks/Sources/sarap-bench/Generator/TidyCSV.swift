import Foundation
import SarapCore

/// The tidy tables a researcher would keep in a spreadsheet: one row per coding, one per case.
///
/// Computed here from the project's own structure (the theme is the code's root in the codebook,
/// the question that of the turn the coding starts in), not through SarapEngine, so that the
/// pandas reference checks the engine against independent input.
enum TidyCSV {
  /// `transcript,coder,code,theme,start,end,question`, in the project's coding order.
  static func codings(_ project: Project) -> String {
    var lines = ["transcript,coder,code,theme,start,end,question"]
    lines.reserveCapacity(project.codings.count + 1)
    let questions = Dictionary(
      project.transcripts.map { ($0.id, $0.turns) }, uniquingKeysWith: { first, _ in first })
    var themes: [Code.ID: Code.ID] = [:]
    for code in project.codebook.codes { themes[code.id] = project.codebook.theme(of: code.id) }
    for coding in project.codings {
      let turns = questions[coding.transcript] ?? []
      let turn = turns.last { $0.range.start <= coding.range.start }
      let fields = [
        coding.transcript.rawValue, coding.coder.rawValue, coding.code.rawValue,
        themes[coding.code]?.rawValue ?? "", String(coding.range.start), String(coding.range.end),
        turn?.question?.rawValue ?? "",
      ]
      lines.append(fields.map(quoted).joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `transcript,<attribute>…`: every transcript, attributes in order of first appearance.
  static func cases(_ project: Project) -> String {
    var names: [String] = []
    for transcript in project.transcripts {
      for attribute in transcript.attributes where !names.contains(attribute.name) {
        names.append(attribute.name)
      }
    }
    var lines = [(["transcript"] + names).map(quoted).joined(separator: ",")]
    for transcript in project.transcripts {
      let values = names.map { transcript.attribute($0).description }
      lines.append(([transcript.id.rawValue] + values).map(quoted).joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A CSV field, quoted when it holds a comma, a quote or a line break.
  static func quoted(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return field
    }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
