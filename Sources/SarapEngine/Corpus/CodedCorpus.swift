import SarapCore

/// A project's codings resolved into ``Segment``s, with per-transcript lookup tables, built once and
/// read by every report.
///
/// Building resolves each coding's theme, question and answers with binary searches over tables
/// made in one pass per transcript; the reports then work on sorted segment lists (interval
/// sweeps), never on all pairs of codings. Codings whose code or transcript is missing, or whose
/// range lies outside the transcript, are left out (``Project/invariantViolations()`` reports them).
///
/// ## Topics
/// - ``frequency(by:breakdown:where:)``
/// - ``coOccurrence(by:unit:where:)``
/// - ``matrix(by:cell:where:)``
/// - ``retrieve(_:where:)``
/// - ``search(_:context:where:)``
/// - ``tidy(where:)``
public struct CodedCorpus: Sendable {
  /// The project the corpus was built from.
  public let project: Project
  /// Every resolvable coding as a segment, ordered by transcript (project order), then range, code
  /// and coder.
  public let segments: [Segment]
  /// Every code in codebook tree order (each theme followed by its subtree).
  public let codes: [Code.ID]
  /// The themes, in display order.
  public let themes: [Code.ID]

  let tables: [TranscriptTable]
  /// For each transcript slot, the positions of its segments in ``segments``.
  let segmentsByTranscript: [Range<Int>]
  let codeSlots: [Code.ID: Int]
  let themeSlots: [Code.ID: Int]
  let transcriptSlots: [Transcript.ID: Int]

  /// Resolves every coding of the project.
  public init(_ project: Project) {
    self.project = project
    let codes = project.codebook.treeOrder
    let themes = project.codebook.themes.map(\.id)
    self.codes = codes
    self.themes = themes
    codeSlots = Dictionary(codes.enumerated().map { ($1, $0) }) { first, _ in first }
    themeSlots = Dictionary(themes.enumerated().map { ($1, $0) }) { first, _ in first }
    transcriptSlots = Dictionary(project.transcripts.enumerated().map { ($1.id, $0) }) { a, _ in a }
    let questions = QuestionMapping(guide: project.guide)
    tables = project.transcripts.map { TranscriptTable($0, questions: questions) }
    let resolved = Self.resolve(
      project, tables: tables, slots: (transcriptSlots, codeSlots, themeSlots))
    segments = resolved
    segmentsByTranscript = Self.bounds(of: resolved, transcriptCount: project.transcripts.count)
  }

  /// The project's transcripts, in display order.
  public var transcripts: [Transcript] { project.transcripts }

  /// The text a segment covers.
  public func text(of segment: Segment) -> String {
    ScalarString.make(
      project.transcripts[segment.transcriptSlot].body.scalars[segment.range.offsets])
  }

  /// The respondent answers of a transcript, in order (what ``Segment/answers`` indexes).
  public func answers(of transcript: Transcript.ID) -> [Turn] {
    transcriptSlots[transcript].map { tables[$0].answers } ?? []
  }

  /// The segments of the transcript at `slot` that pass the filter, in range order.
  func segments(inTranscript slot: Int, where filter: SegmentFilter) -> [Segment] {
    segments[segmentsByTranscript[slot]].filter(filter.includes)
  }

  /// The slots of the transcripts the filter keeps, in display order.
  func transcriptSlots(where filter: SegmentFilter) -> [Int] {
    project.transcripts.indices.filter { filter.includes(project.transcripts[$0]) }
  }

  private static func bounds(of segments: [Segment], transcriptCount: Int) -> [Range<Int>] {
    var result: [Range<Int>] = []
    result.reserveCapacity(transcriptCount)
    var position = 0
    for slot in 0..<transcriptCount {
      let start = position
      while position < segments.count, segments[position].transcriptSlot == slot { position += 1 }
      result.append(start..<position)
    }
    return result
  }
}
