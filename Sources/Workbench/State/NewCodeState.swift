import SarapCore
import TerminalKit

/// The new-code dialog: names in both languages (Kazakh prefilled from the selected words), the
/// theme to place the code under, and the selection it will code.
public struct NewCodeState: Hashable, Sendable {
  /// The dialog's fields, in Tab order.
  public enum Field: Int, Hashable, Sendable, CaseIterable {
    case nameKK, nameEN, theme
  }

  /// The Kazakh name.
  public var nameKK: TextInput
  /// The English name.
  public var nameEN: TextInput
  /// The themes offered, in codebook order; the code goes under the chosen one.
  public var themes: [Code.ID]
  /// The chosen theme's position in ``themes``; ``themes``'s count means "none: a new theme".
  public var themeIndex: Int
  /// The field being typed into.
  public var field: Field
  /// The range to code with the new code; nil when the code is created from the codebook.
  public var range: TextRange?

  /// Creates the dialog.
  public init(
    nameKK: String, themes: [Code.ID], themeIndex: Int, range: TextRange?
  ) {
    self.nameKK = TextInput(nameKK)
    self.nameEN = TextInput()
    self.themes = themes
    self.themeIndex = themeIndex
    self.field = .nameKK
    self.range = range
  }

  /// The chosen theme, or nil for "none: the new code is a theme".
  public var theme: Code.ID? { themes.indices.contains(themeIndex) ? themes[themeIndex] : nil }
}
