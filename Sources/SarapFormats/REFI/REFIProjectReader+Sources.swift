import SarapCore

extension REFIProjectReader {
  /// Reads `Sources`: text sources become transcripts; other source types cannot be carried over.
  mutating func readSources(_ sources: XMLReader.Element) {
    for source in sources.children {
      guard source.name == "TextSource" else {
        let kind = source.name.replacing("Source", with: "")
        report.add(
          .lost, place(source),
          "\(kind) source '\(source["name"] ?? "")' with its selections and codings "
            + "(Sarap codes text only)")
        continue
      }
      readTextSource(source)
    }
  }

  private mutating func readTextSource(_ source: XMLReader.Element) {
    let name = source["name"] ?? ""
    let guid = guidOf(source, name: name)
    guard let stored = storedText(of: source) else { return }
    let id = Transcript.ID(
      REFIIdentifiers.unique(REFIIdentifiers.fileSafe(name)) {
        transcripts[Transcript.ID($0)] != nil
      })
    let positions = SourcePositions(stored: stored)
    transcripts[id] = Transcript(id: id, body: positions.text)
    sourceIDs[guid] = id
    guids.record(guid, for: .source, id.rawValue)
    if !SelectionName.matches(name, id.rawValue), !name.isEmpty {
      report.add(.changed, place(source), "source '\(name)' is transcript '\(id)'")
    }
    readSelections(of: source, in: positions, transcript: id)
    for coding in source.children("Coding") {
      addCoding(coding, selection: nil, range: positions.text.fullRange, transcript: id)
    }
    let memos = memos(from: source, for: .source(id))
    transcripts[id]?.memo = memos.joined(separator: "\n\n")
    readSourceVariables(source, transcript: id)
  }

  /// The source's GUID; a fresh one (reported) when it has none or a malformed one, as codes get:
  /// the source and its codings are kept all the same.
  private mutating func guidOf(_ source: XMLReader.Element, name: String) -> GUID {
    if let text = source["guid"], let guid = GUID(text) { return guid }
    let minted = GUID.nameBased("\(source.line):\(source.column)", in: REFIGUIDs.sarapNamespace)
    report.add(
      .changed, place(source), "text source '\(name)' without a valid GUID; given \(minted)")
    return minted
  }

  /// The source's text as stored: inline content or its file under `sources/`.
  ///
  /// Nil (reported) when there is none or it is not UTF-8. NUL characters become U+FFFD (same
  /// positions).
  private mutating func storedText(of source: XMLReader.Element) -> String? {
    var text: String?
    if let content = source.child("PlainTextContent") {
      text = content.text
    } else if let path = source["plainTextPath"] {
      text = internalText(path, for: source)
    } else {
      report.add(
        .lost, place(source),
        "text source '\(source["name"] ?? "")' has no plain text (only rich text or nothing)")
    }
    guard let text else { return nil }
    guard text.unicodeScalars.contains("\0") else { return text }
    report.add(.changed, place(source), "NUL characters in the text are replaced by U+FFFD")
    return String(
      String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\0" ? "\u{FFFD}" : $0 }))
  }

  /// The UTF-8 text of an `internal://` file; nil (reported) when missing, external or not UTF-8.
  mutating func internalText(_ path: String, for element: XMLReader.Element) -> String? {
    let prefix = "internal://"
    guard path.hasPrefix(prefix) else {
      report.add(
        .lost, place(element), "'\(path)' is outside the archive (external files are not read)")
      return nil
    }
    let name = String(path.dropFirst(prefix.count))
    guard let bytes = archive.source(named: name) else {
      report.add(.lost, place(element), "sources/\(name) is not in the archive")
      return nil
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let offset = XMLPrecheck.firstInvalidUTF8(in: bytes) ?? 0
      report.add(
        .lost, place(element),
        "sources/\(name) is not UTF-8 (invalid byte at offset \(offset)); the standard requires it")
      return nil
    }
    return text
  }

  private mutating func readSelections(
    of source: XMLReader.Element, in positions: SourcePositions, transcript: Transcript.ID
  ) {
    let elements = source.children("PlainTextSelection")
    guard !elements.isEmpty else { return }
    var selections: [SelectionFit.Selection] = []
    var readable: [XMLReader.Element] = []
    for element in elements {
      guard let start = element["startPosition"].flatMap(InputLimits.number),
        let end = element["endPosition"].flatMap(InputLimits.number)
      else {
        let found = ["startPosition", "endPosition"].map { "\($0)=\"\(element[$0] ?? "")\"" }
        report.add(
          .lost, place(element),
          "selection positions are whole numbers from 0 to \(InputLimits.largestNumber), found "
            + found.joined(separator: " "))
        continue
      }
      selections.append(SelectionFit.Selection(start: start, end: end, name: element["name"]))
      readable.append(element)
    }
    let fit = SelectionFit(selections, in: positions)
    reportConvention(fit, positions, transcript: transcript, source: source)
    for (element, outcome) in zip(readable, fit.outcomes) {
      switch outcome {
      case .unplaced(let reason):
        report.add(.lost, place(element), "selection in '\(transcript)': \(reason)")
      case .placed(let range, let convention):
        if convention != fit.convention {
          report.add(
            .changed, place(element),
            "selection placed by its name, counting \(convention) (unlike the rest of its source)")
        }
        readSelection(element, range: range, transcript: transcript)
      }
    }
  }

  private mutating func reportConvention(
    _ fit: SelectionFit, _ positions: SourcePositions, transcript: Transcript.ID,
    source: XMLReader.Element
  ) {
    guard fit.ambiguous || fit.convention != .standard else { return }
    let basis = fit.namesHoldText ? "selection names match the text" : "selections fit the text"
    let doubt =
      fit.ambiguous
      ? "; other conventions fit as well (no selection names to tell them apart), so check a few "
        + "codings" : ""
    let convention = fit.convention.description(mentioningCRLF: positions.hasCRLF)
    report.add(
      fit.ambiguous ? .changed : .info, place(source),
      "positions in '\(transcript)' read as \(convention) (\(basis))\(doubt)")
  }

  private mutating func readSelection(
    _ selection: XMLReader.Element, range: TextRange, transcript: Transcript.ID
  ) {
    let codingElements = selection.children("Coding")
    if codingElements.isEmpty {
      readUncodedSelection(selection, range: range, transcript: transcript)
      return
    }
    var keys: [Coding.Key] = []
    for element in codingElements {
      if let key = addCoding(element, selection: selection, range: range, transcript: transcript) {
        keys.append(key)
      }
    }
    if let guid = selection["guid"].flatMap(GUID.init) {
      selectionCodings[guid] = keys
      if let first = keys.first { guids.record(guid, for: .selection, REFIGUIDs.codingID(first)) }
    }
    let target = keys.count == 1 ? REFIGUIDs.MemoTarget.coding(keys[0]) : nil
    let memo = memos(from: selection, for: target).joined(separator: "\n\n")
    // A selection's Description repeating its one coding's memo (as Sarap writes it) is not added.
    for key in keys where !memo.isEmpty && codings[key]?.memo != memo {
      appendMemo(memo, toCoding: key)
    }
  }

  /// A selection without codings: an excerpt record when Sarap wrote it, otherwise not carried.
  private mutating func readUncodedSelection(
    _ selection: XMLReader.Element, range: TextRange, transcript: Transcript.ID
  ) {
    let description = selection.child("Description")?.text ?? ""
    guard sarapOrigin, let excerpt = REFIDescriptions.excerpt(description, range: range),
      transcripts[transcript]?.excerpts.contains(where: { $0.id == excerpt.id }) == false
    else {
      report.add(
        .lost, place(selection), "selection without a coding (Sarap keeps coded text only)")
      return
    }
    transcripts[transcript]?.excerpts.append(excerpt)
    if let guid = selection["guid"].flatMap(GUID.init) {
      guids.record(guid, for: .selection, REFIGUIDs.excerptID(transcript, excerpt.id))
    }
  }
}
