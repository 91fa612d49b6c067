/// Agreement on coded characters (Unicode scalars) for one code.
public struct CharacterAgreement: Hashable, Sendable {
  /// Characters coder A coded with the code (each counted once, however many codings cover it).
  public var aChars = 0
  /// Characters coder B coded with the code.
  public var bChars = 0
  /// Characters both coded with the code.
  public var bothChars = 0
  /// Every character of the transcripts in scope (the denominator of ``kappaAllText``).
  public var allChars = 0

  /// Creates the counts.
  public init(aChars: Int = 0, bChars: Int = 0, bothChars: Int = 0, allChars: Int = 0) {
    self.aChars = aChars
    self.bChars = bChars
    self.bothChars = bothChars
    self.allChars = allChars
  }

  /// Characters either coder coded: `aChars + bChars - bothChars`.
  public var eitherChars: Int { aChars + bChars - bothChars }

  /// `bothChars / eitherChars`: uncoded text never counts as agreement.
  public var overlap: Coefficient {
    eitherChars == 0 ? .undefined(.noCodedText) : .value(Double(bothChars) / Double(eitherChars))
  }

  /// Cohen's kappa over every character in scope, each one coded or not by each coder (what
  /// NVivo reports): uncoded text agreed on counts as agreement.
  public var kappaAllText: Coefficient {
    Coefficients.cohen(
      both: bothChars, aOnly: aChars - bothChars, bOnly: bChars - bothChars,
      neither: allChars - eitherChars)
  }

  /// The same counts with the coders swapped.
  public var swapped: CharacterAgreement {
    CharacterAgreement(aChars: bChars, bChars: aChars, bothChars: bothChars, allChars: allChars)
  }

  /// The sum of two rows (the pooled row: each code and character one decision).
  static func + (lhs: CharacterAgreement, rhs: CharacterAgreement) -> CharacterAgreement {
    CharacterAgreement(
      aChars: lhs.aChars + rhs.aChars, bChars: lhs.bChars + rhs.bChars,
      bothChars: lhs.bothChars + rhs.bothChars, allChars: lhs.allChars + rhs.allChars)
  }
}
