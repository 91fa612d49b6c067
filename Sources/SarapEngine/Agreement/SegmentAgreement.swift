/// Agreement on coded segments, MAXQDA's procedure: each coder's segments of the code are checked
/// against the other coder's, and each one is matched or not.
public struct SegmentAgreement: Hashable, Sendable {
  /// Coder A's distinct segments (ranges) of the code.
  public var aSegments = 0
  /// Coder B's distinct segments of the code.
  public var bSegments = 0
  /// A's segments that B matches.
  public var aMatched = 0
  /// B's segments that A matches.
  public var bMatched = 0

  /// Creates the counts.
  public init(aSegments: Int = 0, bSegments: Int = 0, aMatched: Int = 0, bMatched: Int = 0) {
    self.aSegments = aSegments
    self.bSegments = bSegments
    self.aMatched = aMatched
    self.bMatched = bMatched
  }

  /// Matched segments of both coders: `aMatched + bMatched`.
  public var matched: Int { aMatched + bMatched }
  /// A's segments B does not match.
  public var aOnly: Int { aSegments - aMatched }
  /// B's segments A does not match.
  public var bOnly: Int { bSegments - bMatched }

  /// The share of all segments that are matched, `matched / (aSegments + bSegments)`; nil when
  /// neither coder has a segment.
  public var agreement: Double? {
    let all = aSegments + bSegments
    return all == 0 ? nil : Double(matched) / Double(all)
  }

  /// Brennan and Prediger's kappa with `categories` codes: `(po - 1/k) / (1 - 1/k)`, `po` being
  /// ``agreement``.
  public func kappa(categories: Int) -> Coefficient {
    Coefficients.brennanPrediger(observed: agreement, categories: categories)
  }

  /// The same counts with the coders swapped.
  public var swapped: SegmentAgreement {
    SegmentAgreement(
      aSegments: bSegments, bSegments: aSegments, aMatched: bMatched, bMatched: aMatched)
  }

  /// The sum of two rows (the pooled row).
  static func + (lhs: SegmentAgreement, rhs: SegmentAgreement) -> SegmentAgreement {
    SegmentAgreement(
      aSegments: lhs.aSegments + rhs.aSegments, bSegments: lhs.bSegments + rhs.bSegments,
      aMatched: lhs.aMatched + rhs.aMatched, bMatched: lhs.bMatched + rhs.bMatched)
  }
}
