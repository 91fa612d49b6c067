import SarapCore
import SarapFormats

/// One file of a project, named by what it holds.
public enum ProjectFile: Hashable, Sendable {
  /// `Codebooks/project.txt`.
  case description
  /// `Codebooks/guide.txt`.
  case guide
  /// `Codebooks/codebook.txt`.
  case codebook
  /// `Transcripts/<ID>.txt`.
  case transcript(Transcript.ID)
  /// The codings file of a coder.
  case codings(Coder.ID)
  /// `Codebooks/claims.txt`.
  case claims
  /// `Codebooks/journal.txt`.
  case journal

  /// The files an edit changes.
  public static func touched(by edit: ProjectEdit) -> Set<ProjectFile> {
    switch edit {
    case .addCoding(let coding), .removeCoding(let coding): [.codings(coding.coder)]
    case .replaceCoding(let old, let new): [.codings(old.coder), .codings(new.coder)]
    case .addCode, .removeCode, .updateCode, .moveCode: [.codebook]
    case .replaceTranscript(let old, let new): [.transcript(old.id), .transcript(new.id)]
    case .addTranscript(let transcript), .removeTranscript(let transcript):
      [.transcript(transcript.id)]
    case .replaceGuide: [.guide]
    case .replaceClaims: [.claims]
    case .addJournalEntry, .removeJournalEntry, .replaceJournalEntry: [.journal]
    case .batch(let edits): edits.reduce(into: []) { $0.formUnion(touched(by: $1)) }
    }
  }

  /// The file's canonical text in a project; nil when the file should not exist (a removed
  /// transcript, an empty claims ledger, an empty journal).
  public func content(in project: Project) -> String? {
    switch self {
    case .description: ProjectDescriptionFile.encode(project.description)
    case .guide: GuideFile.encode(project.guide)
    case .codebook: CodebookFile.encode(project.codebook)
    case .transcript(let id): project.transcript(id).map(TranscriptFile.encode)
    case .codings(let coder): CodingsFile.encode(coder: coder, codings: project.codings)
    case .claims: project.claims == ClaimLedger() ? nil : ClaimsFile.encode(project.claims)
    case .journal: project.journal.isEmpty ? nil : JournalFile.encode(project.journal)
    }
  }
}
