import CLibXML2

/// Reads a document with libxml2's SAX2 parser directly, handing a sink the events
/// ``XMLReader/scan(_:path:into:)`` hands it, for a document Sarap wrote itself.
///
/// Foundation's `XMLParser` (libxml2 underneath) builds an `NSString`-backed dictionary and bridges
/// every name and value for each element; at 1000x an export's `project.qde` has about a million
/// elements, and its check spent most of its time there. This reader makes each element's name and
/// attributes as ``XMLReader`` does (local names; an attribute's key is `prefix:name` when it has a
/// prefix, namespace declarations left out) at the same line and column, but it knows no error
/// messages: any error or warning, a document type or entity declaration, or nesting deeper than
/// ``InputLimits/deepestXMLNesting`` stops it and it returns false, for the caller to read the
/// document through ``XMLReader``, which says what is wrong and where.
enum XMLDirectScan {
  /// Hands the document's events to `sink`; false (the sink having seen part of the document)
  /// when libxml2 reported anything or the document is not one whole, closed root element.
  static func scan(_ bytes: [UInt8], into sink: some XMLEventSink) -> Bool {
    // Not the whole precheck (a tenth of the check at scale): libxml2 itself refuses ill-formed
    // UTF-8, a document type declaration stops the scan as it is met, and so does the marker of
    // one in a comment, CDATA section or processing instruction (the only places it can hide).
    guard (try? XMLPrecheck.checkEncoding(bytes, path: "")) != nil else { return false }
    xmlInitParser()  // idempotent; libxml2's globals set up before a context is made
    let state = DirectScanState(sink: sink)
    var handler = saxHandler()
    return withExtendedLifetime(state) {
      state.parse(bytes, handler: &handler)
    }
  }

  /// The callbacks, each reaching the scan's state through the context pointer.
  private static func saxHandler() -> xmlSAXHandler {
    var handler = xmlSAXHandler()
    handler.initialized = 0xDEED_BEAF  // XML_SAX2_MAGIC: the namespace-aware callbacks
    handler.startElementNs = { context, name, _, _, _, _, attributeCount, _, attributes in
      guard let context, let name else { return }
      DirectScanState.from(context).start(name, attributes, count: Int(attributeCount))
    }
    handler.endElementNs = { context, _, _, _ in
      guard let context else { return }
      DirectScanState.from(context).end()
    }
    handler.characters = { context, characters, length in
      guard let context, let characters else { return }
      DirectScanState.from(context).characters(characters, Int(length))
    }
    handler.ignorableWhitespace = handler.characters
    handler.cdataBlock = { context, characters, length in
      guard let context, let characters else { return }
      let state = DirectScanState.from(context)
      state.refuseMarker(characters, Int(length))
      state.characters(characters, Int(length))
    }
    handler.comment = { context, text in
      guard let context, let text else { return }
      DirectScanState.from(context).refuseMarker(text, Int(xmlStrlen(text)))
    }
    handler.processingInstruction = { context, _, data in
      guard let context, let data else { return }
      DirectScanState.from(context).refuseMarker(data, Int(xmlStrlen(data)))
    }
    handler.internalSubset = { context, _, _, _ in
      guard let context else { return }
      DirectScanState.from(context).fail()
    }
    handler.entityDecl = { context, _, _, _, _, _ in
      guard let context else { return }
      DirectScanState.from(context).fail()
    }
    handler.serror = { context, _ in
      guard let context else { return }
      DirectScanState.from(context).fail()
    }
    return handler
  }
}

/// What the parser's callbacks reach through their context pointer.
private final class DirectScanState {
  let sink: any XMLEventSink
  var parser: xmlParserCtxtPtr?
  var depth = 0
  var rootClosed = false
  var failed = false
  /// Element and attribute names by address: libxml2 keeps one copy of each name per parse, in
  /// its dictionary (not turned off with `XML_PARSE_NODICT`).
  private var names: [UnsafePointer<xmlChar>: String] = [:]

  init(sink: any XMLEventSink) { self.sink = sink }

  /// The name at an address from libxml2's dictionary, made into a string once.
  private func interned(_ pointer: UnsafePointer<xmlChar>) -> String {
    if let name = names[pointer] { return name }
    let name = String(cString: pointer)
    names[pointer] = name
    return name
  }

  static func from(_ context: UnsafeMutableRawPointer) -> DirectScanState {
    Unmanaged<DirectScanState>.fromOpaque(context).takeUnretainedValue()
  }

  /// Pushes the bytes to a push parser in chunks; whether the whole document read cleanly.
  func parse(_ bytes: [UInt8], handler: inout xmlSAXHandler) -> Bool {
    let context = Unmanaged.passUnretained(self).toOpaque()
    return bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        guard let base = chars.baseAddress else { return false }
        // The first bytes go in with the context, for libxml2 to tell the encoding, as
        // Foundation's parser does.
        let head = min(4, chars.count)
        guard let parser = xmlCreatePushParserCtxt(&handler, context, base, Int32(head), nil)
        else { return false }
        defer { xmlFreeParserCtxt(parser) }
        self.parser = parser
        // Entities substituted, as Foundation's parser asks: else an attribute's `&amp;`
        // reaches the callback as `&#38;`. (The precheck refuses any entity declaration.)
        xmlCtxtUseOptions(parser, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOENT.rawValue))
        var offset = head
        let chunk = 1 << 20
        while offset < chars.count, !failed {
          let count = min(chunk, chars.count - offset)
          if xmlParseChunk(parser, base + offset, Int32(count), 0) != 0 { failed = true }
          offset += count
        }
        if !failed, xmlParseChunk(parser, nil, 0, 1) != 0 { failed = true }
        return !failed && rootClosed && parser.pointee.wellFormed != 0
      }
    }
  }

  func start(
    _ name: UnsafePointer<xmlChar>, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
    count: Int
  ) {
    guard !failed else { return }
    guard depth < InputLimits.deepestXMLNesting else { return fail() }
    depth += 1
    var dictionary: [String: String] = [:]
    if let attributes {
      // Five pointers an attribute: local name, prefix, URI, value, end of value.
      for index in stride(from: 0, to: count * 5, by: 5) {
        guard let local = attributes[index], let value = attributes[index + 3],
          let valueEnd = attributes[index + 4]
        else { continue }
        var key = interned(local)
        if let prefix = attributes[index + 1], prefix.pointee != 0 {
          key = interned(prefix) + ":" + key
        }
        dictionary[key] = String(
          decoding: UnsafeBufferPointer(start: value, count: valueEnd - value), as: UTF8.self)
      }
    }
    sink.start(
      interned(name), attributes: dictionary, line: Int(xmlSAX2GetLineNumber(parser)),
      column: Int(xmlSAX2GetColumnNumber(parser)))
  }

  func end() {
    guard !failed, depth > 0 else { return }
    depth -= 1
    if depth == 0 { rootClosed = true }
    sink.end()
  }

  func characters(_ characters: UnsafePointer<xmlChar>, _ length: Int) {
    guard !failed, depth > 0 else { return }
    sink.characters(
      String(decoding: UnsafeBufferPointer(start: characters, count: length), as: UTF8.self))
  }

  /// Fails on text holding the marker of a document type or entity declaration.
  func refuseMarker(_ text: UnsafePointer<xmlChar>, _ length: Int) {
    if XMLPrecheck.containsForbiddenMarker(UnsafeBufferPointer(start: text, count: length)) {
      fail()
    }
  }

  func fail() {
    failed = true
    if let parser { xmlStopParser(parser) }
  }
}
