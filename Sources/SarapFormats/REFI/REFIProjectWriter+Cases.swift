import SarapCore

extension REFIProjectWriter {
  /// The names of the variables each source carries (Sarap's transcript header fields).
  enum SourceVariable {
    static let title = "transcript-title"
    static let guideRevision = "guide-revision"
    static let interviewer = "interviewer"
  }

  /// The case attribute names, in first-seen order over the transcripts.
  var attributeNames: [String] {
    var seen: Set<String> = []
    return project.transcripts.flatMap(\.attributes).map(\.name).filter {
      seen.insert($0).inserted
    }
  }

  /// The source variables some transcript has a value for, with their descriptions.
  var sourceVariables: [(name: String, description: String)] {
    let transcripts = project.transcripts
    var result: [(String, String)] = []
    if transcripts.contains(where: { !$0.title.isEmpty }) {
      result.append((SourceVariable.title, "The transcript's title in Sarap"))
    }
    if transcripts.contains(where: { $0.guideRevision != nil }) {
      result.append(
        (SourceVariable.guideRevision, "The interview guide revision the interview followed"))
    }
    if !transcripts.isEmpty {
      result.append((SourceVariable.interviewer, "The interviewer's speaker label in the text"))
    }
    return result
  }

  /// `Variables`: every case attribute, then the source variables; all `Text`.
  mutating func writeVariables(into xml: inout XMLWriter) {
    let variables =
      attributeNames.map { ($0, "A case attribute of the respondent") } + sourceVariables
    guard !variables.isEmpty else { return }
    xml.element("Variables") { xml in
      var written: Set<String> = []
      for (name, description) in variables where written.insert(name).inserted {
        let guid = guids.guid(.variable, name)
        xml.element("Variable", ["guid": guid.rawValue, "name": name, "typeOfVariable": "Text"]) {
          xml in xml.element("Description", text: description)
        }
      }
    }
  }

  /// `Cases`: one per transcript (its respondent), with attribute values and a `SourceRef`.
  mutating func writeCases(into xml: inout XMLWriter) {
    guard !project.transcripts.isEmpty else { return }
    xml.element("Cases") { xml in
      for transcript in project.transcripts {
        let guid = guids.guid(.case, transcript.id.rawValue)
        xml.element("Case", ["guid": guid.rawValue, "name": transcript.id.rawValue]) { xml in
          let description = REFIDescriptions.caseDescription(transcript)
          if !description.isEmpty { xml.element("Description", text: description) }
          for attribute in transcript.attributes {
            guard case .known(let value) = attribute.value else { continue }
            writeValue(value, of: attribute.name, into: &xml)
          }
          let source = guids.guid(.source, transcript.id.rawValue)
          xml.element("SourceRef", ["targetGUID": source.rawValue])
        }
      }
    }
  }

  /// A `VariableValue` with a `TextValue`.
  mutating func writeValue(_ value: String, of variable: String, into xml: inout XMLWriter) {
    let guid = guids.guid(.variable, variable)
    xml.element("VariableValue") { xml in
      xml.element("VariableRef", ["targetGUID": guid.rawValue])
      xml.element("TextValue", text: value)
    }
  }
}
