import CNcursesw
import Glibc
import TerminalKit

/// The live terminal: ncursesw behind the ``Terminal`` protocol.
///
/// Creating one takes over the screen (alternate screen, raw keys, mouse, colours);
/// ``shutdown()`` (or `deinit`, `exit()`, a crash signal) gives it back. SIGINT, SIGTERM and
/// SIGHUP arrive as ``InputEvent/terminationRequested(signal:)`` so the application shuts down
/// normally and exits with `128 + n`; SIGWINCH is ncurses' and arrives as
/// ``InputEvent/resize(_:)``.
///
/// Only one may exist at a time, used from one thread: ncurses is not thread-safe. Use
/// ``waker`` to wake the event loop from other threads.
///
/// Environment: `NO_COLOR` (set and non-empty) draws without colours, keeping bold, dim,
/// underline and reverse.
public final class CursesTerminal: Terminal {
  /// The current size in cells.
  public internal(set) var size: Size
  /// Wakes ``readEvents(timeoutMilliseconds:)`` from any thread.
  public let waker: TerminalWaker

  let signalPipe: Int32
  let wakePipe: Int32
  let inputDescriptor: Int32
  var palette: ColourPalette
  var renderer = Renderer()
  /// Called with every frame drawn, as shown (resized to the terminal); the `sarap` executable
  /// sets it to dump frames for the end-to-end tests.
  public var frameObserver: ((ScreenBuffer) -> Void)?
  var mouseButtonDown = false
  let outputDescriptor: Int32
  var buttonMotionRequested = false

  /// Takes over the terminal on `input`/`output` (default: standard input and output).
  ///
  /// Checks the locale first: a non-UTF-8 locale throws before the screen is touched.
  ///
  /// - Parameters:
  ///   - environment: Read for `TERM`, `NO_COLOR` and the character locale (`LC_ALL`, else
  ///     `LC_CTYPE`, else `LANG`).
  ///   - input: The file descriptor keys are read from.
  ///   - output: The file descriptor the screen is drawn on.
  public init(
    environment: [String: String] = CursesTerminal.processEnvironment(),
    input: Int32 = 0, output: Int32 = 1
  ) throws(CursesTerminalError) {
    setlocale(LC_ALL, "")
    setlocale(LC_CTYPE, Self.characterLocale(in: environment))
    let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
    guard codeset == "UTF-8" else { throw .localeNotUTF8(codeset: codeset) }
    guard let signalPipe = SignalRouting.installTerminationPipe(),
      let (wakeRead, wakeWrite) = SignalRouting.makePipe()
    else { throw .pipeUnavailable }
    SignalRouting.installRestoreHandlers()
    guard Self.startCurses(term: environment["TERM"], input: input, output: output) else {
      throw .terminalUnavailable(term: environment["TERM"] ?? "")
    }
    self.signalPipe = signalPipe
    self.wakePipe = wakeRead
    self.inputDescriptor = input
    self.outputDescriptor = output
    self.waker = TerminalWaker {
      var byte: UInt8 = 1
      _ = write(wakeWrite, &byte, 1)
    }
    let noColour = !(environment["NO_COLOR"] ?? "").isEmpty
    self.palette = ColourPalette(enabled: !noColour && has_colors())
    self.size = Self.currentSize()
  }

  deinit {
    shutdown()
  }

  /// Gives the terminal back with `endwin()`: normal screen, cooked keys, cursor shown.
  ///
  /// Safe to call more than once; the terminal must not be used afterwards.
  public func shutdown() {
    guard cursesIsActive else { return }
    cursesIsActive = false
    _ = endwin()
    if buttonMotionRequested { writeToOutput(Self.buttonMotionOff) }
  }

  /// Shows `buffer`, redrawing only the rows that changed since the last frame.
  public func draw(_ buffer: ScreenBuffer) {
    guard cursesIsActive else { return }
    let frame = buffer.resized(to: size)
    for run in renderer.changes(for: frame) { blit(run) }
    _ = refresh()
    requestButtonMotion()
    frameObserver?(frame)
  }

  /// The environment of this process, read from `environ`.
  public static func processEnvironment() -> [String: String] {
    var result: [String: String] = [:]
    var entry = environ
    while let pointer = entry.pointee {
      let text = String(cString: pointer)
      if let equals = text.firstIndex(of: "=") {
        result[String(text[..<equals])] = String(text[text.index(after: equals)...])
      }
      entry += 1
    }
    return result
  }

  /// The locale that sets the character encoding under POSIX precedence: the first non-empty
  /// of `LC_ALL`, `LC_CTYPE` and `LANG`, else `C`.
  static func characterLocale(in environment: [String: String]) -> String {
    ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? "C"
  }

  /// The terminal's size as ncurses knows it.
  static func currentSize() -> Size {
    Size(width: Int(sarap_cols()), height: Int(sarap_lines()))
  }
}
