import SarapCore

/// How the questions of one guide revision became those of another.
///
/// Questions are aligned by id, by the newer questions' `replaces` lists, and, where ids changed
/// without a `replaces`, by word similarity (see ``GuideDiff/init(from:to:threshold:)``). Each
/// aligned group is one ``QuestionChange``.
public struct GuideDiff: Hashable, Sendable {
  /// The older revision's id.
  public var old: GuideRevision.ID
  /// The newer revision's id.
  public var new: GuideRevision.ID
  /// Every question of both revisions in one change each, in the newer revision's order; a removed
  /// question follows every change holding an older question that preceded it.
  public var changes: [QuestionChange]

  /// Creates a diff from its parts.
  public init(old: GuideRevision.ID, new: GuideRevision.ID, changes: [QuestionChange]) {
    self.old = old
    self.new = new
    self.changes = changes
  }

  /// The default similarity above which two questions with different ids are the same question.
  public static let defaultThreshold = TextSimilarity(score: 0.5)
}

/// One aligned group of questions: one old question and its successor, or a split or merge.
public struct QuestionChange: Hashable, Sendable {
  /// The questions of the older revision, in their order; empty when added.
  public var old: [GuideQuestion]
  /// The questions of the newer revision, in their order; empty when removed.
  public var new: [GuideQuestion]
  /// What happened; empty when the question is unchanged.
  public var marks: Set<Mark>
  /// How the group was aligned; nil for an added or removed question.
  public var alignment: Alignment?
  /// The word diff of the Kazakh texts, for a question that was kept, renamed or reworded.
  public var kazakhDiff: WordDiff?
  /// The word diff of the English texts, likewise.
  public var englishDiff: WordDiff?

  /// Creates a change.
  public init(
    old: [GuideQuestion], new: [GuideQuestion], marks: Set<Mark>, alignment: Alignment?,
    kazakhDiff: WordDiff? = nil, englishDiff: WordDiff? = nil
  ) {
    self.old = old
    self.new = new
    self.marks = marks
    self.alignment = alignment
    self.kazakhDiff = kazakhDiff
    self.englishDiff = englishDiff
  }

  /// What can happen to a question between two revisions.
  public enum Mark: String, CaseIterable, Hashable, Comparable, Sendable {
    /// New in the newer revision.
    case added
    /// Gone from the newer revision.
    case removed
    /// The text changed.
    case reworded
    /// Its place relative to the other kept questions changed.
    case moved
    /// Its id changed.
    case renamed
    /// One old question became several new ones.
    case split
    /// Several old questions became one new one.
    case merged

    public static func < (lhs: Mark, rhs: Mark) -> Bool {
      allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
  }

  /// How a group of questions was found to belong together.
  public enum Alignment: Hashable, Sendable {
    /// The same id in both revisions.
    case id
    /// A newer question's `replaces` names the older one(s).
    case replaces
    /// Different ids, texts similar enough.
    case similarity(TextSimilarity)
  }

  /// The marks in a fixed order (added, removed, reworded, moved, renamed, split, merged).
  public var orderedMarks: [Mark] { marks.sorted() }

  /// The notes of the newer questions explaining the change (for a removed question, its own
  /// note in the older revision), distinct non-empty ones joined by a blank line.
  public var note: String {
    let source = new.isEmpty ? old : new
    var seen: Set<String> = []
    return source.map(\.note).filter { !$0.isEmpty && seen.insert($0).inserted }
      .joined(separator: "\n\n")
  }
}
