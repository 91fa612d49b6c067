/// The text of a Word document's `word/document.xml`: one line per paragraph.
///
/// Paragraphs (`w:p`, also inside tables) become lines; runs' text (`w:t`) is concatenated; tabs
/// (`w:tab`) become tab characters and breaks (`w:br`, `w:cr`) line breaks. Everything else
/// (formatting, fields, deleted text `w:delText`) is dropped.
public enum DocxText {
  /// Extracts the text; `path` names the document in errors.
  public static func text(ofDocumentXML bytes: [UInt8], path: String) throws(ProjectFileError)
    -> String
  {
    let root = try XMLReader.parse(bytes, path: path)
    var lines: [String] = []
    collectParagraphs(root, into: &lines)
    return lines.joined(separator: "\n") + "\n"
  }

  private static func collectParagraphs(_ element: XMLReader.Element, into lines: inout [String]) {
    if element.name == "p" {
      var line = ""
      appendRuns(element, to: &line)
      lines.append(line)
      return
    }
    for child in element.children { collectParagraphs(child, into: &lines) }
  }

  private static func appendRuns(_ element: XMLReader.Element, to line: inout String) {
    for child in element.children {
      switch child.name {
      case "t": line += child.text
      case "tab": line += "\t"
      case "br", "cr": line += "\n"
      case "delText", "instrText": continue
      default: appendRuns(child, to: &line)
      }
    }
  }
}
