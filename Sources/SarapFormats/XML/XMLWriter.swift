/// Writes an XML document element by element, escaping text and attributes itself.
///
/// Attributes keep the order they are given in; an attribute whose value is `nil` is left out.
/// Child elements are indented by two spaces per level; an element with text content is written on
/// one line, its text escaped so that a parser reads it back exactly (a carriage return included).
/// A character XML 1.0 cannot carry (a control character other than tab, line feed and carriage
/// return, U+FFFE or U+FFFF) is written as U+FFFD.
///
/// ```swift
/// var xml = XMLWriter()
/// xml.element("Codes") { xml in
///   xml.element("Code", ["guid": guid, "name": "Ресей"])
/// }
/// ```
public struct XMLWriter: Sendable {
  /// The document so far.
  public private(set) var text: String
  private var depth = 0

  /// Starts a document with the XML declaration (`version="1.0" encoding="UTF-8"`).
  public init() { text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" }

  /// Writes an element whose children `content` writes; `<name .../>` when it writes nothing.
  public mutating func element(
    _ name: String, _ attributes: KeyValuePairs<String, String?> = [:],
    content: (inout XMLWriter) -> Void
  ) {
    let mark = open(name, attributes)
    content(&self)
    close(name, mark: mark)
  }

  /// Opens an element for writers that nest without recursion.
  ///
  /// Returns the mark that ``close(_:mark:)`` needs. Every open element must be closed, innermost
  /// first.
  public mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:])
    -> Int
  {
    startTag(name, attributes)
    depth += 1
    return text.utf8.count
  }

  /// Closes the element ``open(_:_:)`` opened: `<name .../>` when nothing was written inside.
  public mutating func close(_ name: String, mark: Int) {
    depth -= 1
    if text.utf8.count == mark {
      text.removeLast(2)
      text += "/>\n"
    } else {
      indent()
      text += "</\(name)>\n"
    }
  }

  /// Writes an element with only attributes: `<name .../>`.
  public mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
    element(name, attributes) { _ in }
  }

  /// Writes an element holding text: `<name ...>text</name>`.
  public mutating func element(
    _ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text content: String
  ) {
    startTag(name, attributes)
    text.removeLast()
    text += XMLEscaping.text(content) + "</\(name)>\n"
  }

  private mutating func startTag(_ name: String, _ attributes: KeyValuePairs<String, String?>) {
    indent()
    text += "<" + name
    for (key, value) in attributes {
      guard let value else { continue }
      text += " \(key)=\"\(XMLEscaping.attribute(value))\""
    }
    text += ">\n"
  }

  private mutating func indent() { text += String(repeating: "  ", count: depth) }
}
