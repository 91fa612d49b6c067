import SarapCore

extension REFIProjectWriter {
  /// `Sources`: one `TextSource` per transcript, its codings as selections.
  mutating func writeSources(into xml: inout XMLWriter) {
    guard !project.transcripts.isEmpty else { return }
    xml.element("Sources") { xml in
      for transcript in project.transcripts { writeSource(transcript, into: &xml) }
    }
  }

  private mutating func writeSource(_ transcript: Transcript, into xml: inout XMLWriter) {
    let guid = guids.guid(.source, transcript.id.rawValue)
    let file = "\(guid).txt"
    sourceFiles.append(REFIPackage.SourceFile(name: file, text: transcript.body.string))
    // The text's first scalar, not `body.scalars`: that array (4 bytes a scalar) would be built
    // and kept for every transcript.
    if transcript.body.string.unicodeScalars.first == "\u{FEFF}" {
      report.add(
        .changed, "transcript '\(transcript.id)'",
        "the text starts with U+FEFF, which other tools read as a byte order mark")
    }
    xml.element(
      "TextSource",
      [
        "guid": guid.rawValue, "name": transcript.id.rawValue,
        "plainTextPath": "internal://" + file,
      ]
    ) { xml in
      // QualCoder, MAXQDA and ATLAS.ti read a source's memo here, not from a note.
      if !transcript.memo.isEmpty { xml.element("Description", text: transcript.memo) }
      let body = ScalarSlicer(transcript.body.string)
      for excerpt in transcript.excerpts where transcript.body.contains(excerpt.range) {
        writeExcerpt(excerpt, of: transcript.id, text: body[excerpt.range], into: &xml)
      }
      for coding in orderedCodings(in: transcript.id) {
        writeSelection(coding, text: body[coding.range], into: &xml)
      }
      if !transcript.memo.isEmpty {
        let note = addNote(
          transcript.memo, on: .source(transcript.id), name: "Memo on \(transcript.id)")
        xml.element("NoteRef", ["targetGUID": note.rawValue])
      }
      if !transcript.title.isEmpty {
        writeValue(transcript.title, of: SourceVariable.title, into: &xml)
      }
      if let revision = transcript.guideRevision {
        writeValue(revision.rawValue, of: SourceVariable.guideRevision, into: &xml)
      }
      writeValue(transcript.interviewer, of: SourceVariable.interviewer, into: &xml)
    }
  }

  /// An excerpt record as a selection without a coding, described as `excerpt ID: line N`.
  private mutating func writeExcerpt(
    _ excerpt: Excerpt, of transcript: Transcript.ID, text: String, into xml: inout XMLWriter
  ) {
    let guid = guids.guid(.selection, REFIGUIDs.excerptID(transcript, excerpt.id))
    xml.element(
      "PlainTextSelection",
      [
        "guid": guid.rawValue, "name": text,
        "startPosition": "\(excerpt.range.start)", "endPosition": "\(excerpt.range.end)",
      ]
    ) { xml in
      xml.element("Description", text: REFIDescriptions.excerpt(excerpt))
    }
  }

  /// The transcript's codings by start, end, coder and the code's place in the codebook tree.
  private func orderedCodings(in transcript: Transcript.ID) -> [Coding] {
    (codingsByTranscript[transcript] ?? []).filter(isExportable).sorted {
      ($0.range.start, $0.range.end, $0.coder, treePosition[$0.code] ?? Int.max)
        < ($1.range.start, $1.range.end, $1.coder, treePosition[$1.code] ?? Int.max)
    }
  }

  /// Whether a coding's code exists and its range lies inside its transcript.
  func isExportable(_ coding: Coding) -> Bool {
    guard let length = lengths[coding.transcript] else { return false }
    return project.codebook.contains(coding.code) && coding.range.end <= length
  }

  /// A `PlainTextSelection` holding one `Coding`, named by the coded text.
  private mutating func writeSelection(_ coding: Coding, text: String, into xml: inout XMLWriter) {
    let id = REFIGUIDs.codingID(coding.key)
    let user = userGUID(coding.coder).rawValue
    let time = TimestampSyntax.isValid(Substring(coding.time.rawValue)) ? coding.time.rawValue : nil
    let selection = guids.guid(.selection, id)
    xml.element(
      "PlainTextSelection",
      [
        "guid": selection.rawValue, "name": text, "startPosition": "\(coding.range.start)",
        "endPosition": "\(coding.range.end)", "creatingUser": user, "creationDateTime": time,
      ]
    ) { xml in
      // QualCoder reads a coding's memo from its selection's Description, not from a note.
      if !coding.memo.isEmpty { xml.element("Description", text: coding.memo) }
      let guid = guids.guid(.coding, id)
      xml.element(
        "Coding", ["guid": guid.rawValue, "creatingUser": user, "creationDateTime": time]
      ) {
        xml in
        xml.element("CodeRef", ["targetGUID": guids.guid(.code, coding.code.rawValue).rawValue])
        if !coding.memo.isEmpty {
          let codeName = project.codebook[coding.code].map(REFINames.codeName) ?? "\(coding.code)"
          let note = addNote(
            coding.memo, on: .coding(coding.key),
            name: "Memo on \(coding.transcript) \(coding.range.start)..\(coding.range.end) "
              + "(\(codeName))", by: coding.coder, at: time)
          xml.element("NoteRef", ["targetGUID": note.rawValue])
        }
      }
    }
  }
}
