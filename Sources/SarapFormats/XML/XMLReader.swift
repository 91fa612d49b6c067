import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads an XML document into a tree of ``Element``s, or as a stream of events, refusing what an
/// untrusted document could abuse.
///
/// Before parsing, a document is refused when it is not UTF-8 or contains a document type
/// declaration or an entity declaration (`<!DOCTYPE`, `<!ENTITY`), anywhere: REFI-QDA documents
/// need neither, and refusing them rules out external entities and entity expansion bombs. The
/// parser runs with external entities off. Element names are local names (namespaces are
/// processed and not checked). Elements may nest at most ``InputLimits/deepestXMLNesting`` deep.
public enum XMLReader {
  /// Parses a document; `path` names it in errors.
  public static func parse(_ bytes: [UInt8], path: String) throws(ProjectFileError) -> Element {
    let builder = XMLTreeBuilder()
    try scan(bytes, path: path, into: builder)
    guard let root = builder.root else {
      throw ProjectFileError(path: path, line: 1, column: 1, message: "no root element")
    }
    return root
  }

  /// Reads a document, handing its elements and text to `sink` in document order.
  ///
  /// No tree is built; `path` names the document in errors. The sink has seen the whole document
  /// when this returns; on an error it may have seen part of it.
  public static func scan(_ bytes: [UInt8], path: String, into sink: some XMLEventSink)
    throws(ProjectFileError)
  {
    try XMLPrecheck.check(bytes, path: path)
    let events = XMLEvents(sink: sink)
    // A stream, not `XMLParser(data:)`: on Linux the data initialiser hands libxml2 the whole
    // document as one chunk, which it refuses beyond 10 MB ("huge input lookup"). The stream reads
    // the bytes in place: `InputStream(data:)` copied them (a tenth of a 1000x export's time).
    let parser = XMLParser(stream: ByteStream(bytes))
    parser.shouldResolveExternalEntities = false
    parser.shouldProcessNamespaces = true
    parser.shouldReportNamespacePrefixes = false
    parser.delegate = events
    let succeeded = parser.parse()
    if let (line, column) = events.tooDeep {
      throw ProjectFileError(
        path: path, line: line, column: column,
        message: "nesting deeper than \(InputLimits.deepestXMLNesting) elements")
    }
    // The stream parser may report success after an error (an unclosed element at the end), so
    // only a finished root element counts; namespace warnings alone do not stop a document.
    if succeeded, events.rootClosed { return }
    let failure =
      events.failure
      ?? XMLParseFailure(
        code: (parser.parserError as NSError?)?.code ?? 4, line: parser.lineNumber,
        column: parser.columnNumber)
    let open = events.failureElement ?? events.stack.last
    throw failure.error(in: bytes, path: path, open: open, rootClosed: events.rootClosed)
  }
}

/// What receives a document's events from ``XMLReader/scan(_:path:into:)``.
public protocol XMLEventSink: AnyObject {
  /// An element's start tag: its local name, attributes, and the 1-based line and column the
  /// parser reported for it.
  func start(_ name: String, attributes: [String: String], line: Int, column: Int)
  /// The end of the element started last and not yet ended.
  func end()
  /// Character data directly inside the element started last and not yet ended (in pieces).
  func characters(_ text: String)
}

/// Forwards the parser's events to a sink, keeping what errors need.
///
/// It keeps the open elements, the first error, and whether the root element was closed; it stops the parser at an element
/// nested deeper than ``InputLimits/deepestXMLNesting`` (a tree that deep would exhaust the stack
/// when walked or released).
private final class XMLEvents: NSObject, XMLParserDelegate {
  let sink: any XMLEventSink
  /// The open elements, outermost first.
  var stack: [XMLParseFailure.OpenElement] = []
  /// Whether the root element's end tag was read.
  var rootClosed = false
  /// The line and column of the first element nested too deep, if any.
  var tooDeep: (line: Int, column: Int)?
  /// The first error the parser reported, where it reported it.
  var failure: XMLParseFailure?
  /// The element open innermost when the first error was reported.
  var failureElement: XMLParseFailure.OpenElement?

  init(sink: any XMLEventSink) { self.sink = sink }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
    let code = (parseError as NSError).code
    // 200-299 are namespace warnings (an undeclared prefix); the document still parses.
    guard failure == nil, !(200..<300).contains(code) else { return }
    failure = XMLParseFailure(code: code, line: parser.lineNumber, column: parser.columnNumber)
    // libxml2 recovers from some errors by closing elements, so the open one is taken now.
    failureElement = stack.last
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    guard tooDeep == nil else { return }
    guard stack.count < InputLimits.deepestXMLNesting else {
      tooDeep = (max(parser.lineNumber, 1), max(parser.columnNumber, 1))
      parser.abortParsing()
      return
    }
    let line = parser.lineNumber
    stack.append(XMLParseFailure.OpenElement(name: elementName, line: line))
    sink.start(elementName, attributes: attributeDict, line: line, column: parser.columnNumber)
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    guard tooDeep == nil, stack.popLast() != nil else { return }
    if stack.isEmpty { rootClosed = true }
    sink.end()
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    guard !stack.isEmpty else { return }
    sink.characters(string)
  }

  func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
    guard !stack.isEmpty else { return }
    sink.characters(String(decoding: CDATABlock, as: UTF8.self))
  }
}

/// Collects a document's events into a tree of ``XMLReader/Element``s, without recursion.
private final class XMLTreeBuilder: XMLEventSink {
  var stack: [XMLReader.Element] = []
  var root: XMLReader.Element?

  func start(_ name: String, attributes: [String: String], line: Int, column: Int) {
    stack.append(XMLReader.Element(name: name, attributes: attributes, line: line, column: column))
  }

  func end() {
    guard let element = stack.popLast() else { return }
    if stack.isEmpty {
      root = element
    } else {
      stack[stack.count - 1].children.append(element)
    }
  }

  func characters(_ text: String) {
    guard !stack.isEmpty else { return }
    stack[stack.count - 1].text += text
  }
}
