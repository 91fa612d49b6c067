/// The project's own list of terms the anonymisation scan always flags, or never flags
/// (`Codebooks/anonymisation.txt`).
///
/// An `always` term is found wherever it occurs as a word (Kazakh endings after it allowed);
/// a `never` term is dropped from the candidates, whatever rule found it.
public struct AnonymisationList: Hashable, Sendable {
  /// A term always flagged, and what kind of detail it is.
  public struct Term: Hashable, Sendable {
    /// The term, as written in the transcripts.
    public var text: String
    /// What it is.
    public var kind: IdentifierKind

    /// Creates a term.
    public init(text: String, kind: IdentifierKind) {
      self.text = text
      self.kind = kind
    }
  }

  /// Terms always flagged, in file order.
  public var always: [Term]
  /// Terms never flagged (compared with a candidate's text and its lemma).
  public var never: Set<String>

  /// Creates a list.
  public init(always: [Term] = [], never: Set<String> = []) {
    self.always = always
    self.never = never
  }
}
