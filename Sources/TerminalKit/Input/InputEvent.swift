/// Something the terminal reports to the application: a key, the mouse, a resize, a request to
/// end, or a wake-up from background work.
public enum InputEvent: Hashable, Sendable {
  /// A key press.
  case key(Key)
  /// A mouse press, drag, release or wheel turn.
  case mouse(MouseEvent)
  /// The terminal now has this size; the next frame must be rendered at it.
  case resize(Size)
  /// SIGINT, SIGTERM or SIGHUP arrived: shut down normally (save, restore the terminal), then
  /// exit with ``exitStatus(forSignal:)``.
  case terminationRequested(signal: Int32)
  /// A ``TerminalWaker`` was triggered (e.g. background work finished): re-check and redraw.
  case wake

  /// The exit status a process should end with after `signal`: 128 + its number (SIGTERM 143).
  public static func exitStatus(forSignal signal: Int32) -> Int32 {
    128 + signal
  }
}
