/// A coefficient of agreement, or the reason it cannot be computed.
public enum Coefficient: Hashable, Sendable {
  /// The coefficient's value.
  case value(Double)
  /// Undefined (a division by zero), for this reason.
  case undefined(UndefinedReason)

  /// The value, nil when undefined.
  public var value: Double? {
    if case .value(let value) = self { return value }
    return nil
  }

  /// The reason, nil when defined.
  public var reason: UndefinedReason? {
    if case .undefined(let reason) = self { return reason }
    return nil
  }
}

/// Why a coefficient has no value.
public enum UndefinedReason: String, CaseIterable, Hashable, Sendable {
  /// There is nothing to compare: no unit in scope.
  case noUnits
  /// No variation: neither coder coded the code in any unit, so every unit is "absent" for both.
  case neitherCoded
  /// No variation: both coders coded the code in every unit.
  case bothCodedEverything
  /// Neither coder has a segment of the code.
  case noSegments
  /// Only one code was used by either coder, so Brennan and Prediger's chance agreement is 1.
  case singleCategory
  /// Neither coder coded a character with the code.
  case noCodedText
}

/// Cohen's kappa and Krippendorff's alpha on presence tables, and Brennan and Prediger's kappa.
enum Coefficients {
  /// Cohen's kappa of a 2x2 table, `(po - pe) / (1 - pe)` with `pe` from the coders' marginals,
  /// computed in integers as `2 (both * neither - aOnly * bOnly) / ((both + aOnly)(aOnly +
  /// neither) + (both + bOnly)(bOnly + neither))`, so that equal figures are exactly equal.
  static func cohen(both: Int, aOnly: Int, bOnly: Int, neither: Int) -> Coefficient {
    if let reason = noVariation(both: both, aOnly: aOnly, bOnly: bOnly, neither: neither) {
      return .undefined(reason)
    }
    let numerator = 2 * (both * neither - aOnly * bOnly)
    let denominator = (both + aOnly) * (aOnly + neither) + (both + bOnly) * (bOnly + neither)
    return .value(Double(numerator) / Double(denominator))
  }

  /// Krippendorff's alpha, nominal, two coders, no missing values:
  /// `1 - (N - 1) * (aOnly + bOnly) / (n0 * n1)` with `N = 2 * units` pairable values,
  /// `n1 = 2 * both + aOnly + bOnly` values "present" and `n0 = 2 * neither + aOnly + bOnly`.
  static func krippendorff(both: Int, aOnly: Int, bOnly: Int, neither: Int) -> Coefficient {
    if let reason = noVariation(both: both, aOnly: aOnly, bOnly: bOnly, neither: neither) {
      return .undefined(reason)
    }
    let values = Double(2 * (both + aOnly + bOnly + neither))
    let present = Double(2 * both + aOnly + bOnly)
    let absent = Double(2 * neither + aOnly + bOnly)
    return .value(1 - (values - 1) * Double(aOnly + bOnly) / (present * absent))
  }

  /// Brennan and Prediger's kappa: `(po - 1/k) / (1 - 1/k)` for `k` categories.
  static func brennanPrediger(observed: Double?, categories: Int) -> Coefficient {
    guard let observed else { return .undefined(.noSegments) }
    guard categories > 1 else { return .undefined(.singleCategory) }
    let chance = 1 / Double(categories)
    return .value((observed - chance) / (1 - chance))
  }

  /// Why a 2x2 table has no variation (every unit rated alike by both coders), nil if it has.
  private static func noVariation(both: Int, aOnly: Int, bOnly: Int, neither: Int)
    -> UndefinedReason?
  {
    if both + aOnly + bOnly + neither == 0 { return .noUnits }
    guard aOnly == 0, bOnly == 0 else { return nil }
    if both == 0 { return .neitherCoded }
    if neither == 0 { return .bothCodedEverything }
    return nil
  }
}
