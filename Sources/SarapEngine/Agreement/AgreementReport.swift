import SarapCore

/// How far two coders agree, per code or theme, on one unit, with a pooled row.
public struct AgreementReport: Hashable, Sendable {
  /// The first coder (A).
  public let coderA: Coder.ID
  /// The second coder (B).
  public let coderB: Coder.ID
  /// Rows per code or per theme (a theme counts its own codings and those beneath it).
  public let grouping: Grouping
  /// What the coders are compared on.
  public let unit: AgreementUnit
  /// The units in scope: answers or paragraphs, or characters; nil for segments.
  public let unitCount: Int?
  /// One row per code or theme, in codebook order, unused ones included.
  public let rows: [AgreementRow]

  /// The codes (or themes) either coder used: Brennan and Prediger's `k` for the segment unit.
  public var categories: Int { rows.filter(\.figures.isUsed).count }

  /// The pooled row: the sum of the rows of the codes either coder used, each code and unit one
  /// decision.
  public var pooled: AgreementFigures {
    let used = rows.map(\.figures).filter(\.isUsed)
    switch unit {
    case .answer, .paragraph:
      return .presence(used.compactMap(\.presence).reduce(PresenceAgreement(), +))
    case .segment:
      return .segments(used.compactMap(\.segments).reduce(SegmentAgreement(), +))
    case .character:
      return .characters(used.compactMap(\.characters).reduce(CharacterAgreement(), +))
    }
  }

  /// The kappa of a row's (or the pooled row's) figures: Cohen's for presence, Brennan and
  /// Prediger's with ``categories`` for segments, Cohen's over all text for characters.
  public func kappa(_ figures: AgreementFigures) -> Coefficient {
    switch figures {
    case .presence(let presence): presence.kappa
    case .segments(let segments): segments.kappa(categories: categories)
    case .characters(let characters): characters.kappaAllText
    }
  }
}

/// One code's or theme's agreement figures.
public struct AgreementRow: Hashable, Sendable {
  /// The code or theme.
  public let key: Code.ID
  /// Its figures.
  public let figures: AgreementFigures

  /// Creates a row.
  public init(key: Code.ID, figures: AgreementFigures) {
    self.key = key
    self.figures = figures
  }
}

/// The figures of one unit type.
public enum AgreementFigures: Hashable, Sendable {
  /// Presence in answers or paragraphs.
  case presence(PresenceAgreement)
  /// Matched segments.
  case segments(SegmentAgreement)
  /// Coded characters.
  case characters(CharacterAgreement)

  /// Whether either coder used the code at all.
  public var isUsed: Bool {
    switch self {
    case .presence(let p): p.both + p.aOnly + p.bOnly > 0
    case .segments(let s): s.aSegments + s.bSegments > 0
    case .characters(let c): c.eitherChars > 0
    }
  }

  /// The share of agreement: of units, of segments matched, or of characters coded by either
  /// that both coded (overlap).
  public var agreement: Double? {
    switch self {
    case .presence(let p): p.agreement
    case .segments(let s): s.agreement
    case .characters(let c): c.overlap.value
    }
  }

  /// The figures with the coders swapped.
  public var swapped: AgreementFigures {
    switch self {
    case .presence(let p): .presence(p.swapped)
    case .segments(let s): .segments(s.swapped)
    case .characters(let c): .characters(c.swapped)
    }
  }

  /// The presence table, if these are presence figures.
  public var presence: PresenceAgreement? {
    if case .presence(let p) = self { return p }
    return nil
  }

  /// The segment counts, if these are segment figures.
  public var segments: SegmentAgreement? {
    if case .segments(let s) = self { return s }
    return nil
  }

  /// The character counts, if these are character figures.
  public var characters: CharacterAgreement? {
    if case .characters(let c) = self { return c }
    return nil
  }
}
