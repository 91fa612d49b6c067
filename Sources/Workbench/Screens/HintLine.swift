import TerminalKit

/// The bottom line: the keys that matter now, from the binding table; or the command line while
/// typing a `:` command or a `/` search.
enum HintLine {
  static func render(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer) {
    buffer.fill(rect)
    if case .commandLine(let line) = state.mode {
      FieldView.render(
        line.field, prompt: line.prompt, in: rect, focused: true, into: &buffer)
      return
    }
    var x = rect.x
    for binding in KeyBinding.hints(in: state.activeContexts) {
      guard let hint = binding.hint, let key = binding.keys.first?.name else { continue }
      let width = DisplayWidth.of(key) + 1 + DisplayWidth.of(hint)
      guard x + width <= rect.maxX else { break }
      let disabled = binding.disabledReason(state) != nil
      buffer.put(key, at: Point(x: x, y: rect.y), style: disabled ? Styles.quiet : Styles.key)
      buffer.put(
        hint, at: Point(x: x + DisplayWidth.of(key) + 1, y: rect.y),
        style: disabled ? Styles.quiet : .plain)
      x += width + 2
    }
  }
}
