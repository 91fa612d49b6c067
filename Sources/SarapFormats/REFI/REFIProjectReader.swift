import SarapCore

/// A note read from a REFI-QDA document.
struct REFINote: Hashable, Sendable {
  /// The note's name, possibly empty.
  var name: String
  /// The note's text.
  var text: String
}

/// Reads a `Project` element into a Sarap project, collecting what cannot be carried over.
///
/// Reading runs in dependency order (users, notes, codebook, variables, sources, cases, links,
/// project description); each step lives in its own extension file.
struct REFIProjectReader {
  let archive: REFIArchiveFiles
  let root: XMLReader.Element
  let importTime: Timestamp
  /// Whether Sarap wrote the archive (its `origin` starts with `Sarap`): then code names are split
  /// into Kazakh and English and Sarap's description blocks are read back.
  let sarapOrigin: Bool
  var report = REFIReport()
  var guids = REFIGUIDs()
  var users: [GUID: Coder.ID] = [:]
  var notes: [GUID: REFINote] = [:]
  var attachedNotes: Set<GUID> = []
  var codebook = Codebook()
  var codeIDs: [GUID: Code.ID] = [:]
  var variables: [GUID: REFIVariable] = [:]
  var transcripts: [Transcript.ID: Transcript] = [:]
  var sourceIDs: [GUID: Transcript.ID] = [:]
  var codings: [Coding.Key: Coding] = [:]
  var selectionCodings: [GUID: [Coding.Key]] = [:]
  var codingKeys: [GUID: Coding.Key] = [:]
  var caseSources: [GUID: [Transcript.ID]] = [:]
  var caseAttributes: [Transcript.ID: [String: Attribute]] = [:]
  var caseVariableNames: Set<String> = []
  var declaredVariableNames: [String] = []
  var sourceVariableNames: Set<String> = []
  var sourceAttributes: [Transcript.ID: [Attribute]] = [:]
  var description = ProjectDescription()
  var codersWithoutUser = 0
  /// The paragraphs kept for cases linked to no transcript, added to the project description.
  var unlinkedCases: [String] = []
  /// What Sarap's own files in the archive say (read only when Sarap wrote it).
  var origin = REFISarapFiles.Contents()
  /// The imported interview guide (see ``readGuide()``).
  var guide = Guide()
  /// The placeholder questions added to each guide revision.
  var placeholders: [GuideRevision.ID: [GuideQuestion.ID]] = [:]

  init(archive: REFIArchiveFiles, root: XMLReader.Element, importTime: Timestamp) {
    self.archive = archive
    self.root = root
    self.importTime = importTime
    sarapOrigin = Self.isSarap(root["origin"])
  }

  /// Whether an `origin` attribute names Sarap.
  static func isSarap(_ origin: String?) -> Bool { origin?.hasPrefix("Sarap") == true }

  /// The document's path.
  var path: String { archive.qdePath }

  /// `path:line:col` of an element, for report items.
  func place(_ element: XMLReader.Element) -> String { "\(path):\(element.line):\(element.column)" }

  /// Reads the whole document.
  mutating func read() {
    for name in archive.ignored { report.add(.lost, name, "file outside sources/ (not read)") }
    readSarapFiles()
    readUsers()
    readNotes()
    readCodebook()
    readVariables()
    for sources in root.children("Sources") { readSources(sources) }
    for cases in root.children("Cases") { readCases(cases) }
    for links in root.children("Links") { readLinks(links) }
    readProjectDescription()
    readGuide()
    reportUnsupportedSections()
  }

  /// Reads Sarap's own files when Sarap wrote the archive; otherwise lists them as not read.
  private mutating func readSarapFiles() {
    guard sarapOrigin else {
      for name in archive.sarapFiles.keys.sorted() {
        report.add(
          .lost, "\(REFISarapFiles.folder)/\(name)",
          "not read: the archive's origin is '\(root["origin"] ?? "")', not Sarap")
      }
      return
    }
    origin = REFISarapFiles.read(archive.sarapFiles, report: &report)
  }

  /// The imported project.
  func project() -> Project {
    var transcripts = self.transcripts.values.sorted { $0.id < $1.id }
    for index in transcripts.indices {
      transcripts[index].attributes = attributes(of: transcripts[index].id)
    }
    return Project(
      description: description, guide: guide, codebook: codebook,
      transcripts: transcripts, codings: Array(codings.values),
      claims: origin.claims ?? ClaimLedger(), journal: origin.journal ?? Journal()
    ).cleanedForStorage()
  }

  private mutating func readUsers() {
    for user in root.children("Users").flatMap({ $0.children("User") }) {
      guard let guid = user["guid"].flatMap(GUID.init) else {
        report.add(.lost, place(user), "user without a valid GUID")
        continue
      }
      let name = user["name"].flatMap { $0.isEmpty ? nil : $0 } ?? user["id"] ?? guid.rawValue
      let coder = Coder.ID(REFIIdentifiers.line(name, fallback: "user"))
      users[guid] = coder
      guids.record(guid, for: .user, coder.rawValue)
    }
  }

  private mutating func readCodebook() {
    var reader = REFICodebookReader(
      codebook: Codebook(), guids: guids, path: path, sarapOrigin: sarapOrigin,
      archivedIDs: origin.codeIDs)
    for codes in root.children("CodeBook").compactMap({ $0.child("Codes") }) {
      reader.read(codes, notes: notes)
    }
    for ref in root.children("CodeBook").flatMap({ $0.children("Codes") }).flatMap(allNoteRefs) {
      if let guid = ref["targetGUID"].flatMap(GUID.init) { attachedNotes.insert(guid) }
    }
    codebook = reader.codebook
    codeIDs = reader.codeIDs
    guids = reader.guids
    report.append(reader.report)
  }

  private func allNoteRefs(_ element: XMLReader.Element) -> [XMLReader.Element] {
    element.children("NoteRef") + element.children.flatMap(allNoteRefs)
  }

  private mutating func reportUnsupportedSections() {
    for set in root.children("Sets").flatMap({ $0.children("Set") }) {
      report.add(.lost, place(set), "set '\(set["name"] ?? "")' (Sarap has no sets)")
    }
    for graph in root.children("Graphs").flatMap({ $0.children("Graph") }) {
      report.add(.lost, place(graph), "graph '\(graph["name"] ?? "")' (Sarap has no graphs)")
    }
    if codersWithoutUser > 0 {
      report.add(
        .changed, path,
        "\(codersWithoutUser) codings name no known user; they are recorded under coder 'imported'")
    }
  }
}

extension REFIReport {
  /// Appends another report's items.
  mutating func append(_ other: REFIReport) {
    for item in other.items { add(item.severity, item.place, item.message) }
  }
}
