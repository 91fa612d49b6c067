import SarapCore

/// What a consensus coder starts from when seeded from two coders.
public enum ConsensusPolicy: String, CaseIterable, Hashable, Sendable {
  /// Only what both coded: each coding both coders made with the same transcript, range and code.
  /// Boundary differences are left out, to be settled one by one.
  case agreed
  /// Everything either coded (a coding both made, once).
  case union
  /// Coder A's codings.
  case a
  /// Coder B's codings.
  case b
}

extension Project {
  /// The codings a consensus coder `into` gets from coders `a` and `b` under a policy: copies of
  /// the chosen codings (memo and fingerprint kept, coder and time replaced), leaving out those
  /// `into` already has; in canonical order.
  public func consensusCodings(
    from a: Coder.ID, and b: Coder.ID, into: Coder.ID, policy: ConsensusPolicy, time: Timestamp
  ) -> [Coding] {
    func place(_ coding: Coding) -> String {
      "\(coding.transcript)\t\(coding.range.start)\t\(coding.range.end)\t\(coding.code)"
    }
    let ofA = codings.filter { $0.coder == a }
    let ofB = codings.filter { $0.coder == b }
    let placesOfB = Set(ofB.map(place))
    let chosen: [Coding]
    switch policy {
    case .agreed: chosen = ofA.filter { placesOfB.contains(place($0)) }
    case .union:
      let placesOfA = Set(ofA.map(place))
      chosen = ofA + ofB.filter { !placesOfA.contains(place($0)) }
    case .a: chosen = ofA
    case .b: chosen = ofB
    }
    let existing = Set(codings.filter { $0.coder == into }.map(place))
    return chosen.filter { !existing.contains(place($0)) }.map { coding in
      var copy = coding
      copy.coder = into
      copy.time = time
      return copy
    }.sorted { $0.key < $1.key }
  }
}
