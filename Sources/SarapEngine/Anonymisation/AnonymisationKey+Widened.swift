import SarapCore

extension AnonymisationKey {
  /// A coding an apply widened because it started or ended inside a replaced text, kept for
  /// review: the text it covered before may hold part of an original (`Oskenbay`), so it is
  /// kept here, in the local key, never in the shared review notes.
  public struct WidenedCoding: Hashable, Sendable {
    /// When the apply was made.
    public var time: Timestamp
    /// Who applied it.
    public var reviewer: Coder.ID
    /// The coding as it is after the apply.
    public var coding: Coding.Key
    /// Its range before the apply.
    public var before: TextRange
    /// The text it covered before the apply.
    public var text: String

    /// Creates a record.
    public init(
      time: Timestamp, reviewer: Coder.ID, coding: Coding.Key, before: TextRange, text: String
    ) {
      self.time = time
      self.reviewer = reviewer
      self.coding = coding
      self.before = before
      self.text = text
    }
  }

  /// What an apply adds to the key: its replacements and the codings it widened.
  public struct ApplyRecords: Hashable, Sendable {
    /// The replacements made.
    public var applied: [Replacement]
    /// The codings widened to a whole pseudonym.
    public var widened: [WidenedCoding]

    /// Creates the records.
    public init(applied: [Replacement], widened: [WidenedCoding]) {
      self.applied = applied
      self.widened = widened
    }
  }

  /// Adds an apply's records.
  public mutating func record(_ records: ApplyRecords) {
    applied += records.applied
    widened += records.widened
  }

  /// The widened codings still awaiting review: those that still exist as the apply left them
  /// (an undone apply, or a coding removed or moved since, is not listed).
  public func widenedForReview(in project: Project) -> [WidenedCoding] {
    let keys = Set(project.codings.map(\.key))
    return widened.filter { keys.contains($0.coding) }
  }
}

extension AnonymisationPlan {
  /// The key records of this plan: the replacements (``records(time:coder:)``) and the codings
  /// it widens, each with the text it covered before.
  public func keyRecords(time: Timestamp, coder: Coder.ID) -> AnonymisationKey.ApplyRecords {
    let widened = transcripts.flatMap { transcript in
      transcript.changed.filter { pair in transcript.widened.contains(pair.new) }.map { pair in
        AnonymisationKey.WidenedCoding(
          time: time, reviewer: coder, coding: pair.new.key, before: pair.old.range,
          text: transcript.old.body[pair.old.range])
      }
    }
    return .init(applied: records(time: time, coder: coder), widened: widened)
  }
}
