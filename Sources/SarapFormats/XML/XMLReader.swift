import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads an XML document into a tree of ``Element``s, refusing what an untrusted document could
/// abuse.
///
/// Before parsing, a document is refused when it is not UTF-8 or contains a document type
/// declaration or an entity declaration (`<!DOCTYPE`, `<!ENTITY`), anywhere: REFI-QDA documents
/// need neither, and refusing them rules out external entities and entity expansion bombs. The
/// parser runs with external entities off. Element names are local names (namespaces are
/// processed and not checked). Elements may nest at most ``InputLimits/deepestXMLNesting`` deep.
public enum XMLReader {
  /// Parses a document; `path` names it in errors.
  public static func parse(_ bytes: [UInt8], path: String) throws(ProjectFileError) -> Element {
    try XMLPrecheck.check(bytes, path: path)
    let builder = XMLTreeBuilder()
    // A stream, not `XMLParser(data:)`: on Linux the data initialiser hands libxml2 the whole
    // document as one chunk, which it refuses beyond 10 MB ("huge input lookup").
    let parser = XMLParser(stream: InputStream(data: Data(bytes)))
    parser.shouldResolveExternalEntities = false
    parser.shouldProcessNamespaces = true
    parser.shouldReportNamespacePrefixes = false
    parser.delegate = builder
    let succeeded = parser.parse()
    if let (line, column) = builder.tooDeep {
      throw ProjectFileError(
        path: path, line: line, column: column,
        message: "nesting deeper than \(InputLimits.deepestXMLNesting) elements")
    }
    // The stream parser may report success after an error (an unclosed element at the end), so
    // only a finished root element counts; namespace warnings alone do not stop a document.
    if succeeded, let root = builder.root { return root }
    let failure =
      builder.failure
      ?? XMLParseFailure(
        code: (parser.parserError as NSError?)?.code ?? 4, line: parser.lineNumber,
        column: parser.columnNumber)
    let open =
      builder.failureElement
      ?? builder.stack.last.map { XMLParseFailure.OpenElement(name: $0.name, line: $0.line) }
    throw failure.error(in: bytes, path: path, open: open, rootClosed: builder.root != nil)
  }
}

/// Collects the parser's events into a tree, without recursion, and stops the parser at an
/// element nested deeper than ``InputLimits/deepestXMLNesting`` (a tree that deep would exhaust
/// the stack when walked or released).
private final class XMLTreeBuilder: NSObject, XMLParserDelegate {
  var stack: [XMLReader.Element] = []
  var root: XMLReader.Element?
  /// The line and column of the first element nested too deep, if any.
  var tooDeep: (line: Int, column: Int)?
  /// The first error the parser reported, where it reported it.
  var failure: XMLParseFailure?
  /// The element open innermost when the first error was reported.
  var failureElement: XMLParseFailure.OpenElement?

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
    let code = (parseError as NSError).code
    // 200-299 are namespace warnings (an undeclared prefix); the document still parses.
    guard failure == nil, !(200..<300).contains(code) else { return }
    failure = XMLParseFailure(code: code, line: parser.lineNumber, column: parser.columnNumber)
    // libxml2 recovers from some errors by closing elements, so the open one is taken now.
    failureElement = stack.last.map { XMLParseFailure.OpenElement(name: $0.name, line: $0.line) }
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
    stack.append(
      XMLReader.Element(
        name: elementName, attributes: attributeDict, line: parser.lineNumber,
        column: parser.columnNumber))
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    guard tooDeep == nil, let element = stack.popLast() else { return }
    if stack.isEmpty {
      root = element
    } else {
      stack[stack.count - 1].children.append(element)
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    guard !stack.isEmpty else { return }
    stack[stack.count - 1].text += string
  }

  func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
    guard !stack.isEmpty else { return }
    stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self)
  }
}
