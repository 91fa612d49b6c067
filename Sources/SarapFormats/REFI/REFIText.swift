import SarapCore

extension Project {
  /// The project with every free text made storable in Sarap's files: CRLF and lone CR as LF,
  /// NUL as U+FFFD (XML carries a CR as `&#13;`; Sarap's files refuse both).
  func cleanedForStorage() -> Project {
    var codebook = self.codebook
    for var code in codebook.codes {
      code.nameKK = REFIText.clean(code.nameKK)
      code.nameEN = REFIText.clean(code.nameEN)
      code.definition = REFIText.clean(code.definition)
      code.memo = REFIText.clean(code.memo)
      codebook.upsert(code)
    }
    var description = self.description
    description.title = REFIText.clean(description.title)
    description.text = REFIText.clean(description.text)
    description.facts = description.facts.map(REFIText.clean)
    let transcripts = self.transcripts.map { transcript in
      var copy = transcript
      copy.title = REFIText.clean(transcript.title)
      copy.memo = REFIText.clean(transcript.memo)
      copy.attributes = transcript.attributes.map(REFIText.clean)
      return copy
    }
    let codings = self.codings.map { coding in
      var copy = coding
      copy.memo = REFIText.clean(coding.memo)
      return copy
    }
    return Project(
      description: description, guide: guide, codebook: codebook, transcripts: transcripts,
      codings: codings, claims: claims, journal: journal)
  }
}

/// Normalises imported free text for Sarap's files.
enum REFIText {
  /// CRLF and lone CR as LF, NUL as U+FFFD.
  static func clean(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x0D || $0 == 0 }) else { return text }
    var result = String.UnicodeScalarView()
    var previousCR = false
    for scalar in text.unicodeScalars {
      if scalar == "\n", previousCR {
        previousCR = false
        continue
      }
      previousCR = scalar == "\r"
      result.append(scalar == "\r" ? "\n" : scalar == "\0" ? "\u{FFFD}" : scalar)
    }
    return String(result)
  }

  /// An attribute with its value and source cleaned.
  static func clean(_ attribute: Attribute) -> Attribute {
    var copy = attribute
    if case .known(let text) = attribute.value { copy.value = .known(clean(text)) }
    copy.source = clean(attribute.source)
    return copy
  }
}
