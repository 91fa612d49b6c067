extension REFICheck.Walk {
  /// Where a problem is reported: GUID problems (phase 0) before the others (phase 1), then by
  /// element in document order, then by the step of the check that found it.
  struct Place: Comparable {
    var phase: Int
    var element: Int
    var step: Int

    static func < (lhs: Place, rhs: Place) -> Bool {
      (lhs.phase, lhs.element, lhs.step) < (rhs.phase, rhs.element, rhs.step)
    }
  }

  /// An element being read: its name, place, position and depth (the root is 0).
  struct OpenElement {
    var name: String
    var index: Int
    var line: Int
    var column: Int
    var depth: Int
  }

  /// A text source or note being read, and its selections waiting for its text's length.
  struct OpenText {
    var element: OpenElement
    var depth: Int { element.depth }
    var plainTextPath: String?
    /// The text of its first `PlainTextContent` child, once read.
    var content: String?
    /// The depth of that child while it is being read.
    var contentDepth: Int?
    var selections: [(element: OpenElement, start: Int, end: Int)] = []
  }

  /// A reference or user attribute to resolve at the end of the document.
  struct Pending {
    var place: Place
    var target: String
    var kinds: Set<String>
    var message: String

    func isResolved(in guidsByElement: [String: REFICheck.GUIDSet]) -> Bool {
      kinds.contains { guidsByElement[$0]?.contains(target) == true }
    }
  }

  /// Checks an element's references, user attributes, colour and paths, and opens a text source,
  /// note or selection.
  func verify(_ element: OpenElement, _ attributes: [String: String]) {
    if let kinds = REFICheck.referenceTargets[element.name] {
      let target = attributes["targetGUID"] ?? ""
      refer(
        element, step: 0, to: target, kinds: kinds,
        "\(element.name) points to \(target), which is no \(kinds.sorted()[0])")
    }
    for (number, attribute) in REFICheck.userAttributes.enumerated() {
      guard let user = attributes[attribute] else { continue }
      refer(
        element, step: 1 + number, to: user, kinds: Self.users, "\(attribute) \(user) is no User")
    }
    if let colour = attributes["color"], !Self.isColour(colour) {
      problem(element, step: 5, "colour '\(colour)' is not #RRGGBB")
    }
    if attributes["basePath"] != nil {
      problem(element, step: 6, "basePath is set (it can name a home folder)")
    }
    if element.name == "TextSource" || element.name == "Note" {
      texts.append(OpenText(element: element, plainTextPath: attributes["plainTextPath"]))
    }
    if element.name == "PlainTextContent", let last = texts.indices.last,
      texts[last].depth + 1 == element.depth, texts[last].content == nil,
      texts[last].contentDepth == nil
    {
      texts[last].contentDepth = element.depth
    }
    if element.name == "PlainTextSelection" { select(element, attributes) }
  }

  /// What a user attribute must name.
  static let users: Set<String> = ["User"]

  /// Checks a reference that must name a GUID of one of `kinds`.
  ///
  /// It is resolved now when it does, else at the end of the document (the target may come
  /// later). The message is made only for a reference left waiting: an export at scale has
  /// hundreds of thousands that resolve at once.
  func refer(
    _ element: OpenElement, step: Int, to target: String, kinds: Set<String>,
    _ message: @autoclosure () -> String
  ) {
    guard !kinds.contains(where: { guidsByElement[$0]?.contains(target) == true }) else { return }
    let error = ProjectFileError(
      path: path, line: element.line, column: element.column, message: message())
    pending.append(
      Pending(
        place: Place(phase: 1, element: element.index, step: step), target: target, kinds: kinds,
        message: "\(error)"))
  }

  /// A selection lies inside its text and covers at least one character: checked when the text
  /// source or note it is in ends (or now, against no text, when it is in none).
  func select(_ element: OpenElement, _ attributes: [String: String]) {
    guard let start = attributes["startPosition"].flatMap(InputLimits.number),
      let end = attributes["endPosition"].flatMap(InputLimits.number)
    else {
      problem(
        element, step: 8,
        "startPosition and endPosition must be whole numbers from 0 to "
          + "\(InputLimits.largestNumber)")
      return
    }
    if let last = texts.indices.last {
      texts[last].selections.append((element, start, end))
    } else {
      checkSelection(element, start: start, end: end, length: 0)
    }
  }

  func checkSelection(_ element: OpenElement, start: Int, end: Int, length: Int) {
    if !(0 <= start && start < end && end <= length) {
      problem(
        element, step: 8,
        "selection \(start)..\(end) is empty, reversed or outside the text (\(length))")
    }
  }

  /// Ends a text source or note: its text's length settles its selections.
  func finish(_ text: OpenText) {
    let length = sourceText(of: text)?.unicodeScalars.count ?? 0
    for selection in text.selections {
      checkSelection(selection.element, start: selection.start, end: selection.end, length: length)
    }
  }

  static func isColour(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    return scalars.count == 7 && scalars[0] == "#"
      && scalars.dropFirst().allSatisfy { $0.isASCII && $0.properties.isASCIIHexDigit }
  }

  /// The text of a text source or note: inline content or an existing internal file.
  func sourceText(of text: OpenText) -> String? {
    if let content = text.content { return content }
    let element = text.element
    guard let path = text.plainTextPath else {
      problem(element, step: 7, "\(element.name) has neither plainTextPath nor PlainTextContent")
      return nil
    }
    let prefix = "internal://"
    guard path.hasPrefix(prefix), let text = sources[String(path.dropFirst(prefix.count))] else {
      problem(
        element, step: 7, "plainTextPath '\(path)' is not a file under sources/ in the archive")
      return nil
    }
    return text
  }
}
