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
  /// The document so far, as UTF-8.
  public private(set) var bytes: [UInt8]
  private var depth = 0

  /// The document so far.
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  /// Starts a document with the XML declaration (`version="1.0" encoding="UTF-8"`).
  public init() { bytes = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".utf8) }

  /// Reserves room for a document of about `count` bytes, so that a large one is not copied as it
  /// grows (room never written to costs no memory: its pages are never touched).
  public mutating func reserveCapacity(_ count: Int) { bytes.reserveCapacity(count) }

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
    return bytes.count
  }

  /// Closes the element ``open(_:_:)`` opened: `<name .../>` when nothing was written inside.
  public mutating func close(_ name: String, mark: Int) {
    depth -= 1
    if bytes.count == mark {
      bytes.removeLast(2)
      bytes.append(contentsOf: "/>\n".utf8)
    } else {
      indent()
      bytes.append(contentsOf: "</".utf8)
      bytes.append(contentsOf: name.utf8)
      bytes.append(contentsOf: ">\n".utf8)
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
    bytes.removeLast()
    XMLEscaping.append(content, inAttribute: false, to: &bytes)
    bytes.append(contentsOf: "</".utf8)
    bytes.append(contentsOf: name.utf8)
    bytes.append(contentsOf: ">\n".utf8)
  }

  private mutating func startTag(_ name: String, _ attributes: KeyValuePairs<String, String?>) {
    indent()
    bytes.append(UInt8(ascii: "<"))
    bytes.append(contentsOf: name.utf8)
    for (key, value) in attributes {
      guard let value else { continue }
      bytes.append(UInt8(ascii: " "))
      bytes.append(contentsOf: key.utf8)
      bytes.append(contentsOf: "=\"".utf8)
      XMLEscaping.append(value, inAttribute: true, to: &bytes)
      bytes.append(UInt8(ascii: "\""))
    }
    bytes.append(contentsOf: ">\n".utf8)
  }

  private mutating func indent() {
    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
  }
}
