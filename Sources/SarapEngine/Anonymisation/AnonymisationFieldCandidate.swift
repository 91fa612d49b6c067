import SarapCore

/// A passage that may identify someone outside a transcript's body: in its title, an attribute
/// value or its memo, in a coding's memo, or in a code's definition or memo.
///
/// Apply replaces transcript bodies only; these are listed by the scan so that they are edited
/// by hand (export refuses a copy that still holds an accepted original, naming the place).
public struct AnonymisationFieldCandidate: Hashable, Sendable {
  /// Where a field is.
  public enum Field: Hashable, Sendable, CustomStringConvertible {
    /// A transcript's title.
    case title(Transcript.ID)
    /// A transcript's attribute value, by attribute name.
    case attribute(Transcript.ID, String)
    /// A transcript's memo.
    case transcriptMemo(Transcript.ID)
    /// A coding's memo.
    case codingMemo(Coding.Key)
    /// A code's definition.
    case codeDefinition(Code.ID)
    /// A code's memo.
    case codeMemo(Code.ID)

    /// The transcript the field belongs to; nil for a code's.
    public var transcript: Transcript.ID? {
      switch self {
      case .title(let id), .attribute(let id, _), .transcriptMemo(let id): id
      case .codingMemo(let key): key.transcript
      case .codeDefinition, .codeMemo: nil
      }
    }

    /// The field in words: `A01 title`, `A01 attribute sector`, `code who definition`.
    public var description: String {
      switch self {
      case .title(let id): "\(id) title"
      case .attribute(let id, let name): "\(id) attribute \(name)"
      case .transcriptMemo(let id): "\(id) memo"
      case .codingMemo(let key):
        "\(key.transcript) \(key.range.start)-\(key.range.end) coding memo (\(key.code), \(key.coder))"
      case .codeDefinition(let id): "code \(id) definition"
      case .codeMemo(let id): "code \(id) memo"
      }
    }
  }

  /// The field.
  public var field: Field
  /// The whole text of the field.
  public var fieldText: String
  /// The passage's text.
  public var text: String
  /// The form decisions are made on (see ``AnonymisationCandidate/lemma``).
  public var lemma: String
  /// What it may be.
  public var kind: IdentifierKind
  /// The rule that found it (`always` for a term of the list or a text given to look for).
  public var rule: AnonymisationRule.Name
}

extension AnonymisationScan {
  /// The candidates of the project's titles, attribute values, memos and code definitions, in
  /// project order; each field is scanned with the rules like a body, and `texts` (the accepted
  /// originals) are found there as words too.
  public static func fieldCandidates(
    in project: Project, list: AnonymisationList = .init(),
    texts: [(text: String, kind: IdentifierKind)] = []
  ) -> [AnonymisationFieldCandidate] {
    var fields: [(AnonymisationFieldCandidate.Field, String)] = []
    for transcript in project.transcripts {
      fields.append((.title(transcript.id), transcript.title))
      for attribute in transcript.attributes {
        guard case .known(let value) = attribute.value else { continue }
        fields.append((.attribute(transcript.id, attribute.name), value))
      }
      fields.append((.transcriptMemo(transcript.id), transcript.memo))
    }
    for coding in project.codings { fields.append((.codingMemo(coding.key), coding.memo)) }
    for code in project.codebook.codes {
      fields.append((.codeDefinition(code.id), code.definition))
      fields.append((.codeMemo(code.id), code.memo))
    }
    return fields.filter { !$0.1.isEmpty }.flatMap { field, text in
      candidates(inField: text, list: list, texts: texts).map {
        AnonymisationFieldCandidate(
          field: field, fieldText: text, text: $0.text, lemma: $0.lemma, kind: $0.kind,
          rule: $0.rule)
      }
    }
  }

  /// One field's candidates: the rules' but `capitalised`, and the `texts` found as words.
  ///
  /// Memos and definitions are the researcher's prose, often English quoting Kazakh or Russian
  /// (`the respondent's 'Жұмсақ күш' …`): a quoted capital is no name, and on the bundled
  /// corpus the `capitalised` rule flagged only such words there, so it is left out.
  private static func candidates(
    inField text: String, list: AnonymisationList,
    texts: [(text: String, kind: IdentifierKind)]
  ) -> [AnonymisationCandidate] {
    let field = Transcript(id: "field", body: TranscriptText(text))
    var found = candidates(in: field, list: list).filter { $0.rule != .capitalised }
    let scalars = field.body.scalars
    for (term, kind) in texts {
      for range in TermOccurrences.ranges(of: term, in: scalars)
      where !found.contains(where: { $0.range.overlaps(range) }) {
        found.append(
          AnonymisationCandidate(
            transcript: field.id, range: range, text: term, lemma: term, kind: kind,
            rule: .always))
      }
    }
    return found.sorted { $0.range.start < $1.range.start }
  }
}
