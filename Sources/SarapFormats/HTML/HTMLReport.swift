import SarapCore
import SarapEngine

/// A self-contained HTML5 report a supervisor can open offline: a project summary, then one
/// section per report with its table and its figure, and a print stylesheet.
///
/// Nothing is fetched: the style is inline and each figure is an SVG embedded as a `data:` URI
/// (the `img` element keeps the file valid for HTML 4 parsers such as `xmllint --html` too).
/// Sections are a list, so a report added later (claims, agreement) is one more ``Section``.
public struct HTMLReport: Hashable, Sendable {
  /// One report in the document.
  public struct Section: Hashable, Sendable {
    /// The report's table (its title heads the section).
    public var table: ReportTable
    /// The report's figures as SVG documents, drawn above the table.
    public var figures: [String]
    /// Facts about the section's subject, each a labelled row above the table (a claim's
    /// wording, verdict and counts); empty for a report.
    public var facts: [ReportParameter]
    /// The section's `id` for links (`claim-C12`); nil for `report-N`, N its place.
    public var anchor: String?
    /// Whether printing starts the section on a new page.
    public var startsPage: Bool

    /// Creates a section.
    public init(
      table: ReportTable, figures: [String] = [], facts: [ReportParameter] = [],
      anchor: String? = nil, startsPage: Bool = true
    ) {
      self.table = table
      self.figures = figures
      self.facts = facts
      self.anchor = anchor
      self.startsPage = startsPage
    }
  }

  /// The document's title: the project's name.
  public var title: String
  /// The summary: each fact's label (in the document's language) and value.
  public var summary: [ReportParameter]
  /// The reports, in order.
  public var sections: [Section]
  /// The language of the document.
  public var language: Language

  /// Creates a report.
  public init(
    title: String, summary: [ReportParameter], sections: [Section],
    language: Language
  ) {
    self.title = title
    self.summary = summary
    self.sections = sections
    self.language = language
  }

  /// The document.
  public func rendered() -> String {
    var lines = [
      "<!DOCTYPE html>", "<html lang=\"\(language.rawValue)\">", "<head>",
      "<meta charset=\"utf-8\">", "<title>\(escaped(title))</title>",
      "<style>\n\(Self.style)</style>", "</head>", "<body>", "<h1>\(escaped(title))</h1>",
      "<table class=\"summary\">",
    ]
    lines += summary.map { "<tr><th>\(escaped($0.key))</th><td>\(escaped($0.value))</td></tr>" }
    lines.append("</table>")
    for (index, section) in sections.enumerated() {
      lines += rendered(section, number: index + 1)
    }
    lines += ["</body>", "</html>"]
    return lines.joined(separator: "\n") + "\n"
  }

  private func rendered(_ section: Section, number: Int) -> [String] {
    let table = section.table
    let id = escaped(section.anchor ?? "report-\(number)")
    var lines = [
      "<div class=\"section\(section.startsPage ? "" : " continued")\" id=\"\(id)\">",
      "<h2>\(escaped(table.title))</h2>",
    ]
    if !section.facts.isEmpty {
      lines.append("<table class=\"facts\">")
      lines += section.facts.map {
        "<tr><th>\(escaped($0.key))</th><td>\(escaped($0.value))</td></tr>"
      }
      lines.append("</table>")
    }
    lines.append(
      "<p class=\"parameters\">"
        + escaped(table.parameters.map { "\($0.key) = \($0.value)" }.joined(separator: " · "))
        + "</p>")
    for figure in section.figures {
      lines.append(
        "<p class=\"figure\"><img alt=\"\(escaped(table.title))\" src=\"data:image/svg+xml;base64,"
          + Base64.encode(Array(figure.utf8)) + "\"></p>")
    }
    lines.append("<table>")
    lines.append(
      "<tr>" + table.columns.map { "<th>\(escaped($0.label))</th>" }.joined() + "</tr>")
    for row in table.rows + (table.totals.map { [$0] } ?? []) {
      lines.append(
        "<tr>"
          + row.map { cell in
            "<td\(cell.isNumber ? " class=\"number\"" : "")>\(escaped(cell.plainText))</td>"
          }.joined() + "</tr>")
    }
    lines.append("</table>")
    lines += table.notes.map { "<p class=\"note\">\(escaped($0))</p>" }
    lines.append("</div>")
    return lines
  }

  private func escaped(_ text: String) -> String {
    XMLEscaping.attribute(text)
  }

  /// The screen and print style.
  static let style = """
    body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; margin: 2em; color: #222; }
    table { border-collapse: collapse; margin: 1em 0; font-size: 0.9em; }
    th, td { border: 1px solid #ccc; padding: 0.2em 0.5em; text-align: left; }
    td.number { text-align: right; font-variant-numeric: tabular-nums; }
    .parameters { color: #555; font-size: 0.9em; }
    .figure img { max-width: 100%; height: auto; }
    table.facts th { width: 9em; background: #f4f4f4; }
    @media print {
      body { margin: 0; font-size: 10pt; }
      .section { page-break-before: always; }
      .section.continued { page-break-before: auto; }
      .figure img { max-width: 100%; page-break-inside: avoid; }
      tr { page-break-inside: avoid; }
    }

    """
}
