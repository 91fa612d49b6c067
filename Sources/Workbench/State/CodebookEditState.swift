import SarapCore
import TerminalKit

/// The rename dialog: a code's Kazakh and English names.
public struct CodebookEditState: Hashable, Sendable {
  /// The code renamed.
  public var code: Code.ID
  /// The Kazakh name.
  public var nameKK: TextInput
  /// The English name.
  public var nameEN: TextInput
  /// Whether the English field has the cursor (else the Kazakh one).
  public var editsEnglish: Bool

  /// Opens the dialog on a code's names.
  public init(code: Code) {
    self.code = code.id
    self.nameKK = TextInput(code.nameKK)
    self.nameEN = TextInput(code.nameEN)
    self.editsEnglish = false
  }
}
