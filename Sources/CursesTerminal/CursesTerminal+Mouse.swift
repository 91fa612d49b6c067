import CNcursesw
import Glibc

extension CursesTerminal {
  /// Turns xterm button-motion mouse reports on (DECSET 1002).
  static let buttonMotionOn = "\u{1B}[?1002h"
  /// Turns them off again.
  static let buttonMotionOff = "\u{1B}[?1002l"

  /// Asks the terminal for drag reports, once, after the first frame.
  ///
  /// ncurses enables only presses and releases (mode 1000), and does so while drawing the first
  /// frame, so mode 1002 (motion while a button is down) must be requested after that, or 1000
  /// would replace it. ncurses decodes the motion reports as `REPORT_MOUSE_POSITION`.
  func requestButtonMotion() {
    guard !buttonMotionRequested, has_mouse() else { return }
    buttonMotionRequested = true
    writeToOutput(Self.buttonMotionOn)
  }

  /// Writes `text` straight to the terminal, after ncurses flushed its own output.
  func writeToOutput(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(outputDescriptor, $0.baseAddress, $0.count) }
  }
}
