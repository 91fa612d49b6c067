import SarapCore

/// The rename dialog: a code's Kazakh and English names.
public struct CodebookEditState: Hashable, Sendable {
  /// The code renamed.
  public var code: Code.ID
  /// The Kazakh name.
  public var nameKK: TextField
  /// The English name.
  public var nameEN: TextField
  /// Whether the English field has the cursor (else the Kazakh one).
  public var editsEnglish: Bool

  /// Opens the dialog on a code's names.
  public init(code: Code) {
    self.code = code.id
    self.nameKK = TextField(code.nameKK)
    self.nameEN = TextField(code.nameEN)
    self.editsEnglish = false
  }
}
