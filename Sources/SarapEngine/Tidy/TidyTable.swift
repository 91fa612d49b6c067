import SarapCore

/// The long ("tidy") form of a project's coding: one row per coding, for R and pandas.
public struct TidyTable: Hashable, Sendable {
  /// The case attribute names, one column each: every name any transcript looked at records, in
  /// order of first appearance.
  public let attributeNames: [String]
  /// One row per coding (each coder's separately), in transcript order, then by range, code and
  /// coder.
  public let rows: [TidyRow]
}

/// One coding in the tidy export.
public struct TidyRow: Hashable, Sendable {
  /// The coding in context.
  public let segment: Segment
  /// The coded text.
  public let text: String
  /// The transcript's value of each of ``TidyTable/attributeNames`` (`unknown` when unrecorded).
  public let attributes: [Attribute.Value]
}

// MARK: - Tidy export

extension CodedCorpus {
  /// Lists every coding with its context, one row each.
  ///
  /// - Parameter filter: Restricts which transcripts and codings are listed.
  public func tidy(where filter: SegmentFilter = .all) -> TidyTable {
    let scope = transcriptSlots(where: filter)
    var names: [String] = []
    var seen: Set<String> = []
    for slot in scope {
      for attribute in project.transcripts[slot].attributes
      where seen.insert(attribute.name).inserted {
        names.append(attribute.name)
      }
    }
    var rows: [TidyRow] = []
    for slot in scope {
      for segment in segments(inTranscript: slot, where: filter) {
        rows.append(
          TidyRow(
            segment: segment, text: text(of: segment),
            attributes: names.map { segment.attribute($0) }))
      }
    }
    return TidyTable(attributeNames: names, rows: rows)
  }
}
