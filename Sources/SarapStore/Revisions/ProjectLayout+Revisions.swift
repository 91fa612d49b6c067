import SarapCore

extension ProjectLayout {
  /// The codebook history, relative: shared and committed, an audit trail (see docs/FORMATS.md).
  public static let codebookHistory = "Codebooks/codebook-history.txt"
  /// The review notes of flagged codings, relative.
  public static let review = "Codebooks/review.txt"
  /// The folder of replaced transcript texts, relative; not loaded as transcripts.
  public static let transcriptRevisions = "Transcripts/revisions"
  /// The log of transcript revisions, relative.
  public static let transcriptRevisionsLog = "Transcripts/revisions/revisions.txt"

  /// The file an old text of a transcript is kept in, relative: `Transcripts/revisions/R07.1.txt`.
  public static func transcriptRevision(_ id: Transcript.ID, number: Int) -> String {
    "\(transcriptRevisions)/\(revisionName(id, number: number)).txt"
  }

  /// The name of a kept revision: `R07.1`.
  public static func revisionName(_ id: Transcript.ID, number: Int) -> String { "\(id).\(number)" }
}
