import SarapCore

/// A claim checked against the codings: how many units carry its evidence, out of how many, what
/// its quantifier needs, and whether the count meets it.
public struct ClaimVerdict: Hashable, Sendable {
  /// The claim.
  public let claim: Claim
  /// The units with evidence: transcripts with at least one hit, or distinct hit segments.
  public let count: Int
  /// The units in scope: transcripts the scope keeps, or distinct coded segments in scope.
  public let of: Int
  /// What the quantifier needs of the count.
  public let requirement: ClaimRequirement
  /// The transcripts with evidence, in project order.
  public let transcripts: [Transcript.ID]
  /// The evidence: the segments the query retrieves within the scope.
  public let evidence: [RetrievalHit]
  /// Why the claim could not be checked (its query does not parse); nil when it was.
  public let problem: String?

  /// Whether the count meets the requirement (never for a claim with a problem).
  public var isSupported: Bool { problem == nil && requirement.isMet(by: count) }

  /// How far the count is from flipping the verdict: for a supported claim, how many units it
  /// could lose (or, under an upper bound, gain) and still be supported; for an unsupported one,
  /// how many it must gain (or lose) to become supported.
  public var margin: Int { requirement.margin(for: count) }

  /// `supported`, `not supported`, or `invalid` for a claim with a problem.
  public var verdictText: String {
    problem != nil ? "invalid" : isSupported ? "supported" : "not supported"
  }
}

extension ClaimVerdict {
  /// The margin in words: what the count could lose or gain and still hold, or must gain or lose
  /// to hold.
  public var marginText: String {
    guard problem == nil else { return "" }
    let noun = claim.unit == .transcripts ? "transcript" : "segment"
    let units = "\(margin) \(noun)\(margin == 1 ? "" : "s")"
    guard isSupported else {
      return count < requirement.minimum ? "needs \(units) more" : "needs \(units) fewer"
    }
    let loss = requirement.minimum > 0 ? count - requirement.minimum : Int.max
    let gain = requirement.maximum.map { $0 - count } ?? Int.max
    let losing = loss <= gain
    if margin == 0 { return "one \(noun) \(losing ? "fewer" : "more") would flip it" }
    return "could \(losing ? "lose" : "gain") \(units) and still hold"
  }
}

/// The range of counts a quantifier accepts, with the words that explain it.
public struct ClaimRequirement: Hashable, Sendable, CustomStringConvertible {
  /// The fewest units accepted.
  public let minimum: Int
  /// The most units accepted; nil for no upper bound.
  public let maximum: Int?
  /// The quantifier as written in the claim (`most`, `at-least 4`, `more-than C3`).
  public let quantifier: String

  /// Creates a requirement.
  public init(minimum: Int, maximum: Int?, quantifier: String) {
    self.minimum = minimum
    self.maximum = maximum
    self.quantifier = quantifier
  }

  /// Whether a count meets it.
  public func isMet(by count: Int) -> Bool {
    count >= minimum && maximum.map { count <= $0 } ?? true
  }

  /// See ``ClaimVerdict/margin``.
  public func margin(for count: Int) -> Int {
    if count < minimum { return minimum - count }
    if let maximum, count > maximum { return count - maximum }
    let loss = minimum > 0 ? count - minimum : Int.max
    let gain = maximum.map { $0 - count } ?? Int.max
    let slack = min(loss, gain)
    return slack == Int.max ? count : slack
  }

  /// The bounds in words: `at least 8`, `at most 0`, `exactly 2`, `2 to 4`.
  public var bounds: String {
    switch maximum {
    case nil: "at least \(minimum)"
    case .some(let maximum) where maximum == minimum: "exactly \(minimum)"
    case .some(let maximum) where minimum == 0: "at most \(maximum)"
    case .some(let maximum): "\(minimum) to \(maximum)"
    }
  }

  /// `most: at least 8`.
  public var description: String { "\(quantifier): \(bounds)" }
}
