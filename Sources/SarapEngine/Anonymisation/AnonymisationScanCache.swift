import SarapCore

/// The candidates of a project, kept between scans: a transcript is scanned again only when its
/// text or the project's list changed, so a decision (which changes neither) costs no scan.
public struct AnonymisationScanCache: Hashable, Sendable {
  /// One transcript's text as scanned and its candidates.
  private struct Scanned: Hashable, Sendable {
    var body: TranscriptText
    var candidates: [AnonymisationCandidate]
  }

  private var scanned: [Transcript.ID: Scanned] = [:]
  private var list = AnonymisationList()
  /// How many transcript scans the cache has run, for tests and the curious.
  public private(set) var scans = 0

  /// Creates an empty cache.
  public init() {}

  /// The candidates of the project, as ``AnonymisationScan/candidates(in:transcripts:list:)``
  /// finds them, scanning only the transcripts whose text changed since the last call.
  public mutating func candidates(
    in project: Project, list: AnonymisationList
  ) -> [AnonymisationCandidate] {
    if list != self.list {
      scanned = [:]
      self.list = list
    }
    var found: [AnonymisationCandidate] = []
    var kept: [Transcript.ID: Scanned] = [:]
    for transcript in project.transcripts {
      if let known = scanned[transcript.id], known.body == transcript.body {
        kept[transcript.id] = known
      } else {
        scans += 1
        kept[transcript.id] = Scanned(
          body: transcript.body,
          candidates: AnonymisationScan.candidates(in: transcript, list: list))
      }
      found += kept[transcript.id]?.candidates ?? []
    }
    scanned = kept
    return AnonymisationScan.narrowedToStems(found)
  }
}
