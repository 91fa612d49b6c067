/// A key the user pressed, decoded by the backend.
///
/// Printable input, including typed Kazakh letters and space, arrives as ``character(_:)``;
/// Ctrl with a letter as ``control(_:)`` (lowercase letter: Ctrl-R is `.control("r")`). Under raw
/// mode Ctrl-C is a key too (`.control("c")`), not a signal.
public enum Key: Hashable, Sendable {
  /// A printable character, as typed (`"j"`, `"J"`, `"қ"`, `" "`).
  case character(Character)
  /// Arrow up.
  case up
  /// Arrow down.
  case down
  /// Arrow left.
  case left
  /// Arrow right.
  case right
  /// Page Up.
  case pageUp
  /// Page Down.
  case pageDown
  /// Home.
  case home
  /// End.
  case end
  /// Enter or Return.
  case enter
  /// Escape: backs out.
  case escape
  /// Backspace (DEL, ^H or the terminal's backspace key).
  case backspace
  /// Delete (forward).
  case delete
  /// Tab.
  case tab
  /// Shift-Tab.
  case backTab
  /// Ctrl with a letter, given lowercase: `.control("r")` is Ctrl-R.
  case control(Character)
  /// A function key: `.function(1)` is F1.
  case function(Int)
}
