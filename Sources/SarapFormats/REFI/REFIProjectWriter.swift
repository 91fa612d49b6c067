import SarapCore

/// Builds a `project.qde` document from a project, element by element in schema order.
struct REFIProjectWriter {
  let project: Project
  var guids: REFIGUIDs
  var xml = XMLWriter()
  var report = REFIReport()
  /// The notes met while writing codes and sources, written in `Notes` after them.
  var notes: [Note] = []
  /// The source texts to put under `sources/`.
  var sourceFiles: [REFIPackage.SourceFile] = []
  /// Each transcript's codings, in canonical order.
  let codingsByTranscript: [Transcript.ID: [Coding]]
  /// Each transcript's length in Unicode scalars.
  let lengths: [Transcript.ID: Int]
  /// Each code's place in the codebook tree.
  let treePosition: [Code.ID: Int]
  /// The time put on notes that have no coding time of their own: the project's latest coding
  /// time (readers such as QualCoder require a `creationDateTime` on every note).
  let memoTime: String

  /// A memo waiting to be written as a `Note`.
  struct Note {
    var guid: GUID
    var name: String
    var text: String
    var creatingUser: GUID?
    var creationDateTime: String
  }

  init(project: Project, guids: REFIGUIDs) {
    self.project = project
    self.guids = guids
    codingsByTranscript = Dictionary(grouping: project.codings, by: \.transcript)
    lengths = Dictionary(
      project.transcripts.map { ($0.id, $0.body.scalarCount) },
      uniquingKeysWith: { first, _ in first })
    treePosition = Dictionary(
      project.codebook.treeOrder.enumerated().map { ($1, $0) },
      uniquingKeysWith: { first, _ in first })
    memoTime = REFIProjectWriter.latestTime(of: project.codings)
    self.guids.projectGUID(title: project.description.title)
  }

  /// Writes the whole `Project` element, children in the order `ProjectType` requires.
  mutating func writeProject(origin: String) {
    let title = project.description.title.isEmpty ? "Sarap project" : project.description.title
    var xml = self.xml
    xml.element(
      "Project", ["xmlns": REFIExport.projectNamespace, "name": title, "origin": origin]
    ) { xml in
      writeUsers(into: &xml)
      xml.element("CodeBook") { xml in writeCodes(into: &xml, withNotes: true) }
      writeVariables(into: &xml)
      writeCases(into: &xml)
      writeSources(into: &xml)
      writeNotes(into: &xml)
      let description = REFIDescriptions.project(project.description)
      if !description.isEmpty { xml.element("Description", text: description) }
    }
    self.xml = xml
    reportUncarried()
  }

  /// `Users`: one `User` per coder.
  mutating func writeUsers(into xml: inout XMLWriter) {
    let coders = project.coders
    guard !coders.isEmpty else { return }
    xml.element("Users") { xml in
      for coder in coders {
        xml.element("User", ["guid": userGUID(coder).rawValue, "name": coder.rawValue])
      }
    }
  }

  /// The GUID of a coder's `User`.
  mutating func userGUID(_ coder: Coder.ID) -> GUID { guids.guid(.user, coder.rawValue) }

  /// `Notes`: every memo met so far.
  mutating func writeNotes(into xml: inout XMLWriter) {
    guard !notes.isEmpty else { return }
    xml.element("Notes") { xml in
      for note in notes {
        xml.element(
          "Note",
          [
            "guid": note.guid.rawValue, "name": note.name,
            "creatingUser": note.creatingUser?.rawValue,
            "creationDateTime": note.creationDateTime,
          ]
        ) { xml in
          xml.element("PlainTextContent", text: note.text)
        }
      }
    }
  }

  /// Records a memo as a note and returns its GUID for the `NoteRef`.
  ///
  /// The note is by `coder` at `time` when given (a coding's memo), otherwise by the project's
  /// first coder at ``memoTime``.
  mutating func addNote(
    _ memo: String, on target: REFIGUIDs.MemoTarget, name: String, by coder: Coder.ID? = nil,
    at time: String? = nil
  ) -> GUID {
    let guid = guids.guid(.note, REFIGUIDs.noteID(target))
    let user = (coder ?? project.coders.first).map { userGUID($0) }
    notes.append(
      Note(
        guid: guid, name: name, text: memo, creatingUser: user,
        creationDateTime: time ?? memoTime))
    return guid
  }

  /// The latest well-formed coding time, or the Unix epoch when there is none.
  static func latestTime(of codings: [Coding]) -> String {
    codings.map(\.time.rawValue).filter { TimestampSyntax.isValid(Substring($0)) }
      .max() ?? "1970-01-01T00:00:00Z"
  }

  /// Reports what the project holds that REFI-QDA cannot carry.
  private mutating func reportUncarried() {
    for coding in project.codings where !isExportable(coding) {
      report.add(
        .lost, "coding \(REFIGUIDs.codingID(coding.key))",
        "its code or transcript is missing, or its range lies outside the text ('sarap check')")
    }
    let questions = project.guide.revisions.reduce(0) { $0 + $1.questions.count }
    if !project.guide.revisions.isEmpty {
      let revisions = project.guide.revisions.count
      report.add(
        .changed, "interview guide",
        "\(revisions) \(revisions == 1 ? "revision" : "revisions") with \(questions) "
          + "\(questions == 1 ? "question" : "questions") travel in "
          + "\(REFISarapFiles.folder)/\(REFISarapFiles.guide), which only Sarap reads; in "
          + "project.qde each source records its revision as the variable 'guide-revision'")
    }
    let claims = project.claims.claims.count
    if claims > 0 {
      report.add(
        .changed, "claims ledger",
        "\(claims) \(claims == 1 ? "claim travels" : "claims travel") in "
          + "\(REFISarapFiles.folder)/\(REFISarapFiles.claims), which only Sarap reads")
    }
    let entries = project.journal.entries.count
    if entries > 0 {
      report.add(
        .changed, "research journal",
        "\(entries) \(entries == 1 ? "entry travels" : "entries travel") in "
          + "\(REFISarapFiles.folder)/\(REFISarapFiles.journal), which only Sarap reads")
    }
  }
}
