import Glibc
import TerminalKit

/// The end-to-end test oracle: after every frame, `# frame N COLSxROWS` and the frame's
/// ``ScreenBuffer/plainLines()`` are written to a file (replaced atomically each frame), which a
/// test compares with `tmux capture-pane -p`.
///
/// Enabled by `SARAP_SCREEN_DUMP=path`; nothing is written otherwise. The terminal hands each
/// frame to ``CursesTerminal/frameObserver``; the file is written here, in the executable, because
/// no module below it does file I/O.
struct ScreenDump {
  /// The file written.
  let path: String
  /// Frames written so far.
  private(set) var frameCount = 0

  /// A dump to `path`; `nil` for an empty path.
  init?(path: String) {
    guard !path.isEmpty else { return nil }
    self.path = path
  }

  /// The text written for `frame`.
  static func text(of frame: ScreenBuffer, number: Int) -> String {
    "# frame \(number) \(frame.size)\n" + frame.plainLines().map { $0 + "\n" }.joined()
  }

  /// Writes `frame` to a temporary file next to ``path`` and renames it over ``path``.
  mutating func write(_ frame: ScreenBuffer) {
    frameCount += 1
    let temporary = path + ".tmp"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { return }
    let bytes = Array(Self.text(of: frame, number: frameCount).utf8)
    let complete = bytes.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count, let base = raw.baseAddress {
        let count = Glibc.write(fd, base + offset, raw.count - offset)
        guard count > 0 else { return false }
        offset += count
      }
      return true
    }
    close(fd)
    if complete { rename(temporary, path) }
  }
}
