import CNcursesw
import Glibc
import TerminalKit

extension CursesTerminal {
  /// The event for a character `get_wch` returned: Enter, Tab, Esc, Backspace, Ctrl-letter, or a
  /// printable character; `nil` for other controls.
  func characterEvent(_ value: wint_t) -> InputEvent? {
    switch value {
    case 0x0A, 0x0D: return .key(.enter)
    case 0x09: return .key(.tab)
    case 0x1B: return .key(.escape)
    case 0x7F, 0x08: return .key(.backspace)
    case 0x01...0x1A:
      return Unicode.Scalar(value + 0x60).map { .key(.control(Character($0))) }
    case 0x00..<0x20: return nil
    default:
      return Unicode.Scalar(value).map { .key(.character(Character($0))) }
    }
  }

  /// The event for a `KEY_*` code: a named key, a resize (also updates ``size``), or a mouse
  /// action; `nil` for codes Sarap does not use.
  func codeEvent(_ code: Int32) -> InputEvent? {
    if let key = Self.namedKeys[code] { return .key(key) }
    if code >= sarap_KEY_F(1) && code <= sarap_KEY_F(24) {
      return .key(.function(Int(code - sarap_KEY_F(0))))
    }
    switch code {
    case KEY_RESIZE:
      size = Self.currentSize()
      renderer.invalidate()
      return .resize(size)
    case KEY_MOUSE:
      return mouseEvent()
    default:
      return nil
    }
  }

  /// ncurses key codes and the keys they are.
  static let namedKeys: [Int32: Key] = [
    KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
    KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown, KEY_HOME: .home, KEY_END: .end,
    KEY_ENTER: .enter, KEY_BACKSPACE: .backspace, KEY_DC: .delete, KEY_BTAB: .backTab,
  ]

  /// The mouse action ncurses queued: press, release, wheel, or motion with the button down
  /// (a drag); `nil` for motion without a button.
  func mouseEvent() -> InputEvent? {
    var event = MEVENT()
    guard getmouse(&event) == OK else { return nil }
    let position = Point(x: Int(event.x), y: Int(event.y))
    let state = event.bstate
    let kind: MouseEvent.Kind
    if state & sarap_BUTTON4_PRESSED() != 0 {
      kind = .wheelUp
    } else if state & sarap_BUTTON5_PRESSED() != 0 {
      kind = .wheelDown
    } else if state & sarap_BUTTON1_PRESSED() != 0 {
      mouseButtonDown = true
      kind = .press
    } else if state & sarap_BUTTON1_RELEASED() != 0 {
      mouseButtonDown = false
      kind = .release
    } else if mouseButtonDown {
      kind = .drag
    } else {
      return nil
    }
    return .mouse(MouseEvent(kind, at: position))
  }
}
