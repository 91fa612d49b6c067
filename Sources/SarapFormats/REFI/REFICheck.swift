/// Sarap's semantic check of a REFI-QDA document, for what the XML schema cannot catch.
///
/// The schema accepts reversed, empty and out-of-range selections, references to GUIDs that do not
/// exist, 8-digit colours and braced GUIDs. This check refuses all of them, plus absolute or
/// external source paths and a `basePath`; every export is checked before it is written.
///
/// The check reads the document as a stream of elements (``REFICheck/Walk``), so a document need
/// not be held as a tree: a parsed tree is replayed into the same walk.
public enum REFICheck {
  /// The problems of a parsed `Project` or `CodeBook` document, each as `path:line:col: message`.
  ///
  /// - Parameters:
  ///   - root: The parsed document.
  ///   - path: The document's name for messages.
  ///   - sources: The texts under `sources/`, by file name.
  public static func issues(in root: XMLReader.Element, path: String, sources: [String: String])
    -> [String]
  {
    let walk = Walk(path: path, sources: sources)
    walk.replay(root)
    return walk.problems
  }

  /// The problems of a `Project` or `CodeBook` document read from its bytes, in the same order as
  /// ``issues(in:path:sources:)`` gives them, without building the document's tree.
  ///
  /// - Throws: The document's error when it is not well-formed XML.
  public static func issues(inDocument bytes: [UInt8], path: String, sources: [String: String])
    throws(ProjectFileError) -> [String]
  {
    let walk = Walk(path: path, sources: sources)
    try XMLReader.scan(bytes, path: path, into: walk)
    return walk.problems
  }

  /// The problems of a `Project` document Sarap has just written, as
  /// ``issues(inDocument:path:sources:)`` gives them: read straight from libxml2
  /// (``XMLDirectScan``), and read again through ``XMLReader`` only when that finds anything, so
  /// that what is reported, and where, is what the check of any document says.
  ///
  /// - Throws: The document's error when it is not well-formed XML.
  public static func issues(
    inWrittenDocument bytes: [UInt8], path: String, sources: [String: String]
  ) throws(ProjectFileError) -> [String] {
    let walk = Walk(path: path, sources: sources)
    if XMLDirectScan.scan(bytes, into: walk), walk.problems.isEmpty { return [] }
    return try issues(inDocument: bytes, path: path, sources: sources)
  }
}

extension REFICheck {
  /// Which element kinds each reference may point to.
  static let referenceTargets: [String: Set<String>] = [
    "CodeRef": ["Code"], "MemberCode": ["Code"], "NoteRef": ["Note"], "MemberNote": ["Note"],
    "VariableRef": ["Variable"],
    "SourceRef": ["TextSource", "PictureSource", "PDFSource", "AudioSource", "VideoSource"],
    "MemberSource": ["TextSource", "PictureSource", "PDFSource", "AudioSource", "VideoSource"],
    "SelectionRef": ["PlainTextSelection", "PictureSelection", "PDFSelection", "AudioSelection"],
  ]

  static let userAttributes = [
    "creatingUser", "modifyingUser", "creatingUserGUID", "modifyingUserGUID",
  ]
}
