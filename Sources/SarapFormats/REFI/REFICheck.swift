/// Sarap's semantic check of a REFI-QDA document, for what the XML schema cannot catch.
///
/// The schema accepts reversed, empty and out-of-range selections, references to GUIDs that do not
/// exist, 8-digit colours and braced GUIDs. This check refuses all of them, plus absolute or
/// external source paths and a `basePath`; every export is checked before it is written.
public enum REFICheck {
  /// The problems of a `Project` or `CodeBook` document, each as `path:line:col: message`.
  ///
  /// - Parameters:
  ///   - root: The parsed document.
  ///   - path: The document's name for messages.
  ///   - sources: The texts under `sources/`, by file name.
  public static func issues(in root: XMLReader.Element, path: String, sources: [String: String])
    -> [String]
  {
    var check = Walk(path: path, sources: sources)
    check.collect(root)
    check.verify(root)
    return check.problems
  }

  /// The state of one check: GUIDs by element kind, then the problems found.
  fileprivate struct Walk {
    let path: String
    let sources: [String: String]
    var guidsByElement: [String: Set<String>] = [:]
    /// Every GUID met, whatever its element: a duplicate is found with one lookup.
    var allGUIDs: Set<String> = []
    var problems: [String] = []

    init(path: String, sources: [String: String]) {
      self.path = path
      self.sources = sources
    }

    mutating func problem(_ element: XMLReader.Element, _ message: String) {
      problems.append(element.error(message, path: path).description)
    }

    /// Records every `guid`, refusing malformed and duplicate ones.
    mutating func collect(_ element: XMLReader.Element) {
      if let guid = element["guid"] {
        if !Self.isPlainGUID(guid) { problem(element, "'\(guid)' is not a GUID (8-4-4-4-12 hex)") }
        if !allGUIDs.insert(guid).inserted { problem(element, "GUID \(guid) is used twice") }
        guidsByElement[element.name, default: []].insert(guid)
      }
      for child in element.children { collect(child) }
    }

    static func isPlainGUID(_ text: String) -> Bool {
      GUID(text)?.rawValue == text.lowercased() && !text.hasPrefix("{")
    }
  }
}

extension REFICheck {
  /// Which element kinds each reference may point to.
  fileprivate static let referenceTargets: [String: Set<String>] = [
    "CodeRef": ["Code"], "MemberCode": ["Code"], "NoteRef": ["Note"], "MemberNote": ["Note"],
    "VariableRef": ["Variable"],
    "SourceRef": ["TextSource", "PictureSource", "PDFSource", "AudioSource", "VideoSource"],
    "MemberSource": ["TextSource", "PictureSource", "PDFSource", "AudioSource", "VideoSource"],
    "SelectionRef": ["PlainTextSelection", "PictureSelection", "PDFSelection", "AudioSelection"],
  ]

  fileprivate static let userAttributes = [
    "creatingUser", "modifyingUser", "creatingUserGUID", "modifyingUserGUID",
  ]
}

extension REFICheck.Walk {
  /// Checks references, colours, paths and selections of the element and its descendants.
  mutating func verify(_ element: XMLReader.Element, sourceLength: Int? = nil) {
    if let kinds = REFICheck.referenceTargets[element.name] {
      let target = element["targetGUID"] ?? ""
      if !kinds.contains(where: { guidsByElement[$0]?.contains(target) == true }) {
        problem(element, "\(element.name) points to \(target), which is no \(kinds.sorted()[0])")
      }
    }
    for attribute in REFICheck.userAttributes {
      guard let user = element[attribute] else { continue }
      if guidsByElement["User"]?.contains(user) != true {
        problem(element, "\(attribute) \(user) is no User")
      }
    }
    if let colour = element["color"], !Self.isColour(colour) {
      problem(element, "colour '\(colour)' is not #RRGGBB")
    }
    if element["basePath"] != nil {
      problem(element, "basePath is set (it can name a home folder)")
    }
    var length = sourceLength
    if element.name == "TextSource" || element.name == "Note" {
      length = sourceText(of: element)?.unicodeScalars.count
    }
    if element.name == "PlainTextSelection" { checkSelection(element, length: length ?? 0) }
    for child in element.children { verify(child, sourceLength: length) }
  }

  static func isColour(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    return scalars.count == 7 && scalars[0] == "#"
      && scalars.dropFirst().allSatisfy { $0.isASCII && $0.properties.isASCIIHexDigit }
  }

  /// The text of a text source or note: inline content or an existing internal file.
  mutating func sourceText(of element: XMLReader.Element) -> String? {
    if let content = element.child("PlainTextContent") { return content.text }
    guard let path = element["plainTextPath"] else {
      problem(element, "\(element.name) has neither plainTextPath nor PlainTextContent")
      return nil
    }
    let prefix = "internal://"
    guard path.hasPrefix(prefix), let text = sources[String(path.dropFirst(prefix.count))] else {
      problem(element, "plainTextPath '\(path)' is not a file under sources/ in the archive")
      return nil
    }
    return text
  }

  /// A selection lies inside its text and covers at least one character.
  mutating func checkSelection(_ element: XMLReader.Element, length: Int) {
    guard let start = element["startPosition"].flatMap(InputLimits.number),
      let end = element["endPosition"].flatMap(InputLimits.number)
    else {
      problem(
        element,
        "startPosition and endPosition must be whole numbers from 0 to "
          + "\(InputLimits.largestNumber)")
      return
    }
    if !(0 <= start && start < end && end <= length) {
      problem(
        element, "selection \(start)..\(end) is empty, reversed or outside the text (\(length))")
    }
  }
}
