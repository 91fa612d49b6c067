extension REFICheck {
  /// One check, fed a document's elements in document order.
  ///
  /// Every `guid` is recorded as its element starts (malformed and duplicate ones refused); a
  /// reference or user attribute whose target is not yet known waits for the end of the
  /// document, and a selection waits for the end of its text source or note, whose text (inline
  /// or a file under `sources/`) gives its length. Problems are sorted at the end into the order a
  /// walk of the whole tree gives: first every GUID problem, then the others, each in document
  /// order.
  final class Walk: XMLEventSink {
    let path: String
    let sources: [String: String]
    /// The GUIDs of each element kind.
    var guidsByElement: [String: GUIDSet] = [:]
    /// Every GUID met, whatever its element: a duplicate is found with one lookup.
    var allGUIDs = GUIDSet()
    /// The problems found so far, with their place in the order they are reported in.
    var found: [(place: Place, message: String)] = []
    /// References and user attributes whose target had not been met when they were read.
    var pending: [Pending] = []
    /// The elements open, outermost first.
    var open: [OpenElement] = []
    /// The open text sources and notes, outermost first.
    var texts: [OpenText] = []
    /// How many elements have started: the next one's place in document order.
    var started = 0

    init(path: String, sources: [String: String]) {
      self.path = path
      self.sources = sources
    }

    /// The problems, in the order of a walk of the whole tree.
    var problems: [String] {
      var found = found
      for reference in pending where !reference.isResolved(in: guidsByElement) {
        found.append((reference.place, reference.message))
      }
      return found.sorted { $0.place < $1.place }.map(\.message)
    }

    /// Replays a parsed tree as a stream of events.
    func replay(_ element: XMLReader.Element) {
      start(
        element.name, attributes: element.attributes, line: element.line, column: element.column)
      if !element.text.isEmpty { characters(element.text) }
      for child in element.children { replay(child) }
      end()
    }

    func start(_ name: String, attributes: [String: String], line: Int, column: Int) {
      let element = OpenElement(
        name: name, index: started, line: line, column: column, depth: open.count)
      started += 1
      open.append(element)
      if let guid = attributes["guid"] { collect(guid, of: element) }
      verify(element, attributes)
    }

    func characters(_ text: String) {
      guard let element = open.last, element.name == "PlainTextContent",
        let last = texts.indices.last, texts[last].depth + 1 == element.depth,
        texts[last].contentDepth == element.depth
      else { return }
      texts[last].content = (texts[last].content ?? "") + text
    }

    func end() {
      guard let element = open.popLast() else { return }
      if element.name == "PlainTextContent", let last = texts.indices.last,
        texts[last].depth + 1 == element.depth, texts[last].contentDepth == element.depth
      {
        texts[last].content = texts[last].content ?? ""
        texts[last].contentDepth = nil
      }
      if element.name == "TextSource" || element.name == "Note", texts.last?.depth == element.depth
      {
        finish(texts.removeLast())
      }
    }

    func problem(_ element: OpenElement, step: Int, _ message: String) {
      let error = ProjectFileError(
        path: path, line: element.line, column: element.column, message: message)
      found.append((Place(phase: step < 0 ? 0 : 1, element: element.index, step: step), "\(error)"))
    }

    /// Records a `guid`, refusing a malformed or duplicate one.
    func collect(_ guid: String, of element: OpenElement) {
      let value = GUIDSet.Value(guid)
      if value.plain == nil {
        problem(element, step: -2, "'\(guid)' is not a GUID (8-4-4-4-12 hex)")
      }
      if !allGUIDs.insert(value) { problem(element, step: -1, "GUID \(guid) is used twice") }
      guidsByElement[element.name, default: GUIDSet()].insert(value)
    }
  }
}
