/// Agreement on presence in units (answers or paragraphs): for one code, each unit is present or
/// absent for each coder.
public struct PresenceAgreement: Hashable, Sendable {
  /// Units where both coders coded the code.
  public var both = 0
  /// Units where only coder A did.
  public var aOnly = 0
  /// Units where only coder B did.
  public var bOnly = 0
  /// Units where neither did.
  public var neither = 0

  /// Creates the counts of a 2x2 table.
  public init(both: Int = 0, aOnly: Int = 0, bOnly: Int = 0, neither: Int = 0) {
    self.both = both
    self.aOnly = aOnly
    self.bOnly = bOnly
    self.neither = neither
  }

  /// The units compared.
  public var units: Int { both + aOnly + bOnly + neither }

  /// The share of units where the coders agree: `(both + neither) / units`; nil without units.
  public var agreement: Double? {
    units == 0 ? nil : Double(both + neither) / Double(units)
  }

  /// Cohen's kappa.
  public var kappa: Coefficient {
    Coefficients.cohen(both: both, aOnly: aOnly, bOnly: bOnly, neither: neither)
  }

  /// Krippendorff's alpha (nominal, two coders, no missing values).
  public var alpha: Coefficient {
    Coefficients.krippendorff(both: both, aOnly: aOnly, bOnly: bOnly, neither: neither)
  }

  /// The same table with the coders swapped.
  public var swapped: PresenceAgreement {
    PresenceAgreement(both: both, aOnly: bOnly, bOnly: aOnly, neither: neither)
  }

  /// The sum of two tables (the pooled row).
  static func + (lhs: PresenceAgreement, rhs: PresenceAgreement) -> PresenceAgreement {
    PresenceAgreement(
      both: lhs.both + rhs.both, aOnly: lhs.aOnly + rhs.aOnly, bOnly: lhs.bOnly + rhs.bOnly,
      neither: lhs.neither + rhs.neither)
  }
}
