import SarapCore

/// A variable declared in a REFI-QDA document.
struct REFIVariable: Hashable, Sendable {
  /// The name as a Sarap attribute name (no spaces).
  var name: String
  /// The declared type (`Text`, `Integer`, …).
  var type: String
}

extension REFIProjectReader {
  /// Reads `Variables`; values of a non-text type are kept as text (reported once per variable).
  mutating func readVariables() {
    for variable in root.children("Variables").flatMap({ $0.children("Variable") }) {
      guard let guid = variable["guid"].flatMap(GUID.init) else {
        report.add(.lost, place(variable), "variable without a valid GUID")
        continue
      }
      let original = variable["name"] ?? ""
      let name = REFIIdentifiers.word(original, fallback: "variable")
      let type = variable["typeOfVariable"] ?? "Text"
      variables[guid] = REFIVariable(name: name, type: type)
      if !declaredVariableNames.contains(name) { declaredVariableNames.append(name) }
      guids.record(guid, for: .variable, name)
      if type != "Text" {
        report.add(
          .changed, place(variable),
          "variable '\(name)' of type \(type): its values are kept as text")
      }
      if name != original {
        report.add(.changed, place(variable), "variable '\(original)' is attribute '\(name)'")
      }
    }
  }

  /// Reads `Cases`: each case's variable values become attributes of the transcripts it refers to.
  mutating func readCases(_ cases: XMLReader.Element) {
    for element in cases.children("Case") {
      let name = element["name"] ?? ""
      var ids = element.children("SourceRef").compactMap {
        $0["targetGUID"].flatMap(GUID.init).flatMap { sourceIDs[$0] }
      }
      if ids.isEmpty, let named = transcriptNamed(name) {
        ids = [named]
        report.add(
          .changed, place(element),
          "case '\(name)' refers to no text source; it is linked by its name to transcript "
            + "'\(named)'")
      }
      let guid = element["guid"].flatMap(GUID.init)
      if let guid { caseSources[guid] = ids }
      guard !ids.isEmpty else {
        keepUnlinked(element, name: name)
        continue
      }
      if let guid, ids.count == 1 { guids.record(guid, for: .case, ids[0].rawValue) }
      for id in ids where caseAttributes[id] == nil { caseAttributes[id] = [:] }
      let text = element.child("Description")?.text ?? ""
      let (free, sources) =
        sarapOrigin ? REFIDescriptions.attributeSources(text) : (text, [:])
      for value in element.children("VariableValue") {
        guard var attribute = attribute(value) else { continue }
        attribute.source = sources[attribute.name] ?? ""
        caseVariableNames.insert(attribute.name)
        for id in ids { caseAttributes[id, default: [:]][attribute.name] = attribute }
      }
      for id in ids where !free.isEmpty {
        appendMemo("Case \(name): \(free)", toTranscript: id)
      }
      for ref in element.children("CodeRef") + element.children("SelectionRef") {
        report.add(.lost, place(ref), "case '\(name)': \(ref.name) (cases hold transcripts only)")
      }
    }
  }

  /// The transcript a case's name names (as a source name becomes a transcript id), if any.
  private func transcriptNamed(_ name: String) -> Transcript.ID? {
    guard !name.isEmpty else { return nil }
    let id = Transcript.ID(REFIIdentifiers.fileSafe(name))
    return transcripts[id] == nil ? nil : id
  }

  /// Keeps a case that refers to no text source and names no transcript: Sarap holds attributes
  /// on transcripts only, so its values (and description) become a paragraph of the project
  /// description, and the report lists them.
  private mutating func keepUnlinked(_ element: XMLReader.Element, name: String) {
    let values = element.children("VariableValue").compactMap { attribute($0) }
      .map { "\($0.name) = \($0.value == .unknown ? "unknown" : $0.value.description)" }
    let text = element.child("Description")?.text ?? ""
    guard !values.isEmpty || !text.isEmpty else {
      report.add(
        .info, place(element), "case '\(name)' refers to no text source and holds no values")
      return
    }
    let listed = values.joined(separator: "; ")
    unlinkedCases.append(
      Self.joined("Case '\(name)' (linked to no text source): \(listed)", text))
    report.add(
      .changed, place(element),
      "case '\(name)' refers to no text source; its values are kept in the project description"
        + (values.isEmpty ? "" : ": \(listed)"))
  }

  /// Reads a source's variable values: Sarap's header fields, other variables as attributes.
  mutating func readSourceVariables(_ source: XMLReader.Element, transcript id: Transcript.ID) {
    for value in source.children("VariableValue") {
      guard let attribute = attribute(value) else { continue }
      sourceVariableNames.insert(attribute.name)
      let text = attribute.value == .unknown ? "" : attribute.value.description
      switch attribute.name {
      case REFIProjectWriter.SourceVariable.title: transcripts[id]?.title = text
      case REFIProjectWriter.SourceVariable.guideRevision where !text.isEmpty:
        transcripts[id]?.guideRevision = GuideRevision.ID(
          REFIIdentifiers.word(text, fallback: "imported"))
      case REFIProjectWriter.SourceVariable.interviewer where !text.isEmpty:
        transcripts[id]?.interviewer = REFIIdentifiers.word(text, fallback: "I")
      default: sourceAttributes[id, default: []].append(attribute)
      }
    }
  }

  /// The attribute a `VariableValue` gives; nil (reported) when its variable is unknown.
  private mutating func attribute(_ element: XMLReader.Element) -> Attribute? {
    guard let guid = element.child("VariableRef")?["targetGUID"].flatMap(GUID.init),
      let variable = variables[guid]
    else {
      report.add(.lost, place(element), "value of a variable that is not declared")
      return nil
    }
    let valueElement = element.children.first { $0.name != "VariableRef" }
    var text = valueElement?.text ?? ""
    if text.contains(" | ") {
      text = text.replacing(" | ", with: " / ")
      report.add(
        .changed, place(element), "' | ' in a value of '\(variable.name)' written as ' / '")
    }
    let blank = text.allSatisfy(\.isWhitespace)
    return Attribute(name: variable.name, value: blank ? .unknown : .known(text))
  }

  /// A transcript's attributes: the case variables in declaration order (unknown when its case
  /// has no value), then its own source variables.
  ///
  /// Case variables are those some case has a value for, and those no case and no source has a
  /// value for (Sarap leaves unknown values out, so an attribute unknown for every respondent is
  /// declared but never given).
  func attributes(of id: Transcript.ID) -> [Attribute] {
    var result: [Attribute] = []
    if let values = caseAttributes[id] {
      let names = declaredVariableNames.filter {
        caseVariableNames.contains($0) || !sourceVariableNames.contains($0)
      }
      result = names.map { values[$0] ?? Attribute(name: $0, value: .unknown) }
    }
    for attribute in sourceAttributes[id] ?? []
    where !result.contains(where: {
      $0.name == attribute.name
    }) {
      result.append(attribute)
    }
    return result
  }
}
