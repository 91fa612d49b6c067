import SarapCore
import SarapEngine

/// The project's always/never list, `Codebooks/anonymisation.txt` (`sarap-anonymisation 1`).
///
/// After the format line, one term per line, tab-separated: `always`, a kind
/// (``IdentifierKind``: `person`, `organisation`, `city`, …) and the term; or `never` and the
/// term. Blank lines and lines starting with `#` are comments. See docs/FORMATS.md.
public enum AnonymisationListFile {
  /// The format version this Sarap reads and writes.
  public static let version = 1

  /// The file's first line.
  public static var formatLine: String { "sarap-anonymisation \(version)" }

  /// Decodes a list.
  public static func decode(_ text: String, path: String) throws(ProjectFileError)
    -> AnonymisationList
  {
    let source = try SourceText(text, path: path)
    try source.checkFormatLine(kind: "anonymisation", version: version)
    var list = AnonymisationList()
    for (index, line) in source.lines.enumerated().dropFirst()
    where !line.isEmpty && !line.hasPrefix("#") {
      let fields = TabFields(line, number: index + 1, in: source)
      switch fields.fields[0] {
      case "always":
        try fields.expect(count: 3, names: "always, kind, term")
        list.always.append(
          AnonymisationList.Term(text: try term(fields, 2), kind: try kind(fields, 1)))
      case "never":
        try fields.expect(count: 2, names: "never, term")
        list.never.insert(try term(fields, 1))
      default:
        throw fields.error(0, "expected 'always' or 'never', found '\(fields.fields[0])'")
      }
    }
    return list
  }

  /// Encodes a list: the `always` terms in order, then the `never` terms sorted.
  public static func encode(_ list: AnonymisationList) -> String {
    let always = list.always.map { "always\t\($0.kind.rawValue)\t\(MemoEscaping.escape($0.text))" }
    let never = list.never.sorted().map { "never\t\(MemoEscaping.escape($0))" }
    return ([formatLine] + always + never).map { $0 + "\n" }.joined()
  }

  static func kind(_ fields: TabFields, _ field: Int) throws(ProjectFileError) -> IdentifierKind {
    guard let kind = IdentifierKind(rawValue: String(fields.fields[field])) else {
      let known = IdentifierKind.allCases.map(\.rawValue).joined(separator: ", ")
      throw fields.error(field, "unknown kind '\(fields.fields[field])' (known: \(known))")
    }
    return kind
  }

  static func term(_ fields: TabFields, _ field: Int) throws(ProjectFileError) -> String {
    let text = try fields.text(field)
    guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw fields.error(field, "expected a term, found nothing")
    }
    return text
  }
}
