/// A code in the codebook; a code without a parent is a theme, and codes nest under themes.
///
/// Every code has a Kazakh and an English name, a definition that says when to apply it (and when
/// not), a colour, and an optional memo.
public struct Code: Hashable, Sendable, Identifiable {
  /// The code's stable id, for example `russia.education`.
  public var id: ID
  /// The parent code (a theme or another code); nil for a theme.
  public var parent: ID?
  /// The Kazakh name.
  public var nameKK: String
  /// The English name.
  public var nameEN: String
  /// When to apply the code and when not.
  public var definition: String
  /// The colour coded segments are highlighted with.
  public var colour: Colour
  /// The researcher's memo on the code; empty when none.
  public var memo: String

  /// Creates a code.
  public init(
    id: ID, parent: ID? = nil, nameKK: String, nameEN: String, definition: String = "",
    colour: Colour = Colour(red: 0x88, green: 0x88, blue: 0x88), memo: String = ""
  ) {
    self.id = id
    self.parent = parent
    self.nameKK = nameKK
    self.nameEN = nameEN
    self.definition = definition
    self.colour = colour
    self.memo = memo
  }

  /// Identifies a code.
  public typealias ID = Identifier<Code>

  /// Whether the code is a theme (has no parent).
  public var isTheme: Bool { parent == nil }

  /// The name in the given language.
  public func name(in language: Language) -> String {
    switch language {
    case .kk: nameKK
    case .en: nameEN
    }
  }
}

/// A label language: Kazakh or English.
public enum Language: String, CaseIterable, Sendable {
  /// Kazakh.
  case kk
  /// English.
  case en
}
