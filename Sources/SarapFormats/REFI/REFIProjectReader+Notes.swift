import SarapCore

extension REFIProjectReader {
  /// Reads `Notes`: each note's name and text (inline, or from its file under `sources/`).
  mutating func readNotes() {
    for note in root.children("Notes").flatMap({ $0.children("Note") }) {
      guard let guid = note["guid"].flatMap(GUID.init) else {
        report.add(.lost, place(note), "note without a valid GUID")
        continue
      }
      guard let text = noteText(note) else { continue }
      notes[guid] = REFINote(name: note["name"] ?? "", text: text)
    }
  }

  private mutating func noteText(_ note: XMLReader.Element) -> String? {
    if let content = note.child("PlainTextContent") { return content.text }
    if let path = note["plainTextPath"], let text = internalText(path, for: note) {
      return SourcePositions(stored: text).text.string
    }
    report.add(.lost, place(note), "note '\(note["name"] ?? "")' has no text Sarap can read")
    return nil
  }

  /// The texts of the notes `NoteRef` children point to and of the `Description` (unless it
  /// repeats one of them), marking the notes attached; the first note's GUID is kept for
  /// `target`'s memo.
  mutating func memos(from element: XMLReader.Element, for target: REFIGUIDs.MemoTarget? = nil)
    -> [String]
  {
    var result: [String] = []
    for ref in element.children("NoteRef") {
      guard let guid = ref["targetGUID"].flatMap(GUID.init), let note = notes[guid] else {
        report.add(
          .lost, place(ref), "NoteRef to \(ref["targetGUID"] ?? "nothing"), which is no note")
        continue
      }
      attachedNotes.insert(guid)
      if let target { guids.record(guid, for: .note, REFIGUIDs.noteID(target)) }
      result.append(note.text)
    }
    // Sarap writes a memo both as a note and as the Description (for readers that see only one).
    if let description = element.child("Description")?.text, !description.isEmpty,
      !result.contains(description)
    {
      result.append(description)
    }
    return result
  }

  /// Reads `Links`: a link between a note and another object makes the note that object's memo;
  /// other links (relations between codes and the like) cannot be carried over.
  mutating func readLinks(_ links: XMLReader.Element) {
    for link in links.children("Link") {
      let ends = [link["originGUID"], link["targetGUID"]].map { $0.flatMap(GUID.init) }
      let noteEnd = ends.firstIndex { $0.map { notes[$0] != nil } ?? false }
      if let noteEnd, let note = ends[noteEnd], let other = ends[1 - noteEnd],
        let text = notes[note]?.text, let target = attachMemo(text, to: other)
      {
        attachedNotes.insert(note)
        if let target { guids.record(note, for: .note, REFIGUIDs.noteID(target)) }
        continue
      }
      let name = link["name"].map { " '\($0)'" } ?? ""
      report.add(.lost, place(link), "link\(name) (Sarap keeps no links between objects)")
      for text in memos(from: link) {
        report.add(.lost, place(link), "the link's note '\(SelectionName.excerpt(text))'")
      }
    }
  }

  /// Appends a memo to the code, source, selection's codings, coding or case a GUID names.
  ///
  /// - Returns: nil when the GUID names none of them; otherwise the one memo it went to, if one.
  mutating func attachMemo(_ text: String, to guid: GUID) -> REFIGUIDs.MemoTarget?? {
    if let id = codeIDs[guid], var code = codebook[id] {
      code.memo = Self.joined(code.memo, text)
      codebook.upsert(code)
      return .some(.code(id))
    }
    if let id = sourceIDs[guid] {
      appendMemo(text, toTranscript: id)
      return .some(.source(id))
    }
    if let keys = selectionCodings[guid] ?? codingKeys[guid].map({ [$0] }) {
      for key in keys { appendMemo(text, toCoding: key) }
      return .some(keys.count == 1 ? .coding(keys[0]) : nil)
    }
    if let ids = caseSources[guid] {
      for id in ids { appendMemo(text, toTranscript: id) }
      return .some(nil)
    }
    return nil
  }

  /// Appends a memo to a transcript's memo.
  mutating func appendMemo(_ text: String, toTranscript id: Transcript.ID) {
    guard var transcript = transcripts[id] else { return }
    transcript.memo = Self.joined(transcript.memo, text)
    transcripts[id] = transcript
  }

  /// Appends a memo to a coding's memo.
  mutating func appendMemo(_ text: String, toCoding key: Coding.Key) {
    guard var coding = codings[key] else { return }
    coding.memo = Self.joined(coding.memo, text)
    codings[key] = coding
  }

  /// Two memos joined by a blank line (either may be empty).
  static func joined(_ first: String, _ second: String) -> String {
    [first, second].filter { !$0.isEmpty }.joined(separator: "\n\n")
  }

  /// The project's name, `Description` and notes; notes attached to nothing and cases linked to
  /// nothing join the description.
  mutating func readProjectDescription() {
    description.title = root["name"] ?? ""
    let text = root.child("Description")?.text ?? ""
    if sarapOrigin {
      (description.text, description.facts) = REFIDescriptions.projectDescription(text)
    } else {
      description.text = text
    }
    for memo in memos(from: Self.withoutDescription(root)) + unlinkedCases {
      description.text = Self.joined(description.text, memo)
    }
    let loose = root.children("Notes").flatMap { $0.children("Note") }.filter { note in
      note["guid"].flatMap(GUID.init).map { notes[$0] != nil && !attachedNotes.contains($0) }
        ?? false
    }
    for note in loose {
      let name = note["name"] ?? ""
      let text = note["guid"].flatMap(GUID.init).flatMap { notes[$0]?.text } ?? ""
      description.text = Self.joined(description.text, "Note '\(name)':\n\(text)")
      report.add(
        .changed, place(note),
        "note '\(name)' is attached to nothing; it is added to the project description")
    }
  }

  private static func withoutDescription(_ element: XMLReader.Element) -> XMLReader.Element {
    var copy = element
    copy.children = element.children("NoteRef")
    return copy
  }
}
