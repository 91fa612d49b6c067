/// Wakes a waiting ``Terminal/readEvents(timeoutMilliseconds:)`` from any thread, which then
/// reports ``InputEvent/wake``.
///
/// `CursesTerminal` hands one out (it writes a byte to a pipe its event loop polls); background
/// work calls ``wake()`` when its result is ready.
public struct TerminalWaker: Sendable {
  private let action: @Sendable () -> Void

  /// Creates a waker that runs `action`, which must be safe to call from any thread.
  public init(_ action: @escaping @Sendable () -> Void) {
    self.action = action
  }

  /// Makes the terminal's next (or current) read return a ``InputEvent/wake`` event.
  public func wake() {
    action()
  }
}
