/// A screen the application draws buffers on and reads events from: ncurses live
/// (`CursesTerminal`), or ``TestTerminal`` in tests.
///
/// Class-bound: a terminal is one stateful device, shared by reference between the runtime and
/// whoever wakes it. Implementations are not `Sendable`; use one terminal from one thread (the
/// main one for ncurses). The loop is: read a batch of events, update state, render the whole
/// screen into a ``ScreenBuffer`` of ``size``, ``draw(_:)`` it once per batch.
public protocol Terminal: AnyObject {
  /// The current size in cells; changes after a ``InputEvent/resize(_:)`` event.
  var size: Size { get }

  /// Waits up to `timeoutMilliseconds` (-1: forever, 0: not at all) for input, then returns
  /// every event already queued, oldest first; empty on timeout.
  func readEvents(timeoutMilliseconds: Int) -> [InputEvent]

  /// Shows `buffer`; a buffer whose size differs from ``size`` is clipped or padded with blanks.
  func draw(_ buffer: ScreenBuffer)
}
