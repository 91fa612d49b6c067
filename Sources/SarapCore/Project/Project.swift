/// A whole coding project: description, interview guide, codebook, transcripts, codings, claims
/// and the research journal.
///
/// Change it only through ``Project/apply(_:)``, which checks each edit and returns its inverse so
/// that every change can be undone.
public struct Project: Hashable, Sendable {
  /// What the project is.
  public var description: ProjectDescription
  /// The interview guide and its revisions.
  public var guide: Guide
  /// The codebook.
  public var codebook: Codebook
  /// The transcripts, in display order (by id).
  public var transcripts: [Transcript]
  /// Every coding of every coder, in canonical order.
  ///
  /// The order is ``Coding/Key`` order: coder, transcript, range, code. ``Project/apply(_:)``
  /// keeps it; the initialiser establishes it.
  public internal(set) var codings: [Coding]
  /// The written findings checked against the codings, and the project's quantifier words.
  public internal(set) var claims: ClaimLedger
  /// The research journal: dated entries of the researchers' decisions.
  public internal(set) var journal: Journal

  /// Creates a project.
  public init(
    description: ProjectDescription = ProjectDescription(), guide: Guide = Guide(),
    codebook: Codebook = Codebook(), transcripts: [Transcript] = [], codings: [Coding] = [],
    claims: ClaimLedger = ClaimLedger(), journal: Journal = Journal()
  ) {
    self.description = description
    self.guide = guide
    self.codebook = codebook
    self.transcripts = transcripts
    // Codings read from files (or the project cache) usually come in canonical order already:
    // one pass to see that is cheaper than a sort.
    let inOrder = codings.indices.dropFirst().allSatisfy {
      !codings[$0].keyPrecedes(codings[$0 - 1])
    }
    self.codings = inOrder ? codings : codings.sorted { $0.key < $1.key }
    self.claims = claims
    self.journal = journal
  }

  /// The transcript with the given id.
  public func transcript(_ id: Transcript.ID) -> Transcript? {
    transcripts.first { $0.id == id }
  }

  /// The position of the transcript in display order.
  public func transcriptIndex(_ id: Transcript.ID) -> Int? {
    transcripts.firstIndex { $0.id == id }
  }

  /// Every coder that has at least one coding, sorted.
  public var coders: [Coder.ID] {
    // Codings are grouped by coder (key order): a coder is hashed once per run, not per coding.
    var coders: Set<Coder.ID> = []
    var last: Coder.ID?
    for coding in codings where coding.coder != last {
      coders.insert(coding.coder)
      last = coding.coder
    }
    return coders.sorted()
  }

  /// The codings of one transcript, optionally of one coder, sorted by range.
  public func codings(in transcript: Transcript.ID, coder: Coder.ID? = nil) -> [Coding] {
    codings.filter { $0.transcript == transcript && (coder == nil || $0.coder == coder) }
      .sorted { ($0.range, $0.code) < ($1.range, $1.code) }
  }

  /// The text a coding covers, if its transcript exists and the range lies inside it.
  public func text(of coding: Coding) -> String? {
    guard let transcript = transcript(coding.transcript), transcript.body.contains(coding.range)
    else { return nil }
    return transcript.body[coding.range]
  }
}
