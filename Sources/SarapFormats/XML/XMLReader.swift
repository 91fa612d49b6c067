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
    guard succeeded, let root = builder.root else {
      let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "no root element"
      throw ProjectFileError(
        path: path, line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1),
        message: "malformed XML: \(reason)")
    }
    return root
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
