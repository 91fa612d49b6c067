import CursesTerminal
import Glibc
import TerminalKit
import Testing

extension LocaleDependentTests {
  /// The live backend without a terminal: ncurses draws into /dev/null and reads keys from a
  /// pipe (`newterm`, as the notes' CI benchmark does).
  @Suite("Curses terminal smoke")
  struct CursesTerminalSmokeTests {
    /// Runs `body` with a terminal reading from a pipe (whose write end it gets) and drawing
    /// into /dev/null, dumping frames to `dumpPath`.
    func withTerminal(
      dumpPath: String, _ body: (CursesTerminal, Int32) throws -> Void
    ) throws {
      setenv("LC_ALL", "C.UTF-8", 1)
      defer { unsetenv("LC_ALL") }
      var fds: [Int32] = [-1, -1]
      try #require(pipe(&fds) == 0)
      let output = open("/dev/null", O_WRONLY)
      defer {
        close(fds[1])
        close(fds[0])
        close(output)
      }
      let terminal = try CursesTerminal(
        environment: ["TERM": "xterm-256color", "SARAP_SCREEN_DUMP": dumpPath],
        input: fds[0], output: output)
      defer { terminal.shutdown() }
      try body(terminal, fds[1])
    }

    func send(_ text: String, to fd: Int32) {
      let bytes = Array(text.utf8)
      _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }

    @Test("keys arrive decoded, in order, in one batch")
    func decodesKeys() throws {
      try withTerminal(dumpPath: "") { terminal, input in
        send("j\u{1B}OAқ\u{7F}\u{12}\r\u{1B}[Z", to: input)
        let events = terminal.readEvents(timeoutMilliseconds: 1000)
        #expect(
          events == [
            .key(.character("j")), .key(.up), .key(.character("қ")), .key(.backspace),
            .key(.control("r")), .key(.enter), .key(.backTab),
          ])
      }
    }

    @Test("a wake-up and a termination signal arrive as events")
    func wakeAndSignal() throws {
      try withTerminal(dumpPath: "") { terminal, _ in
        terminal.waker.wake()
        #expect(terminal.readEvents(timeoutMilliseconds: 1000) == [.wake])
        kill(getpid(), SIGHUP)
        #expect(
          terminal.readEvents(timeoutMilliseconds: 1000) == [.terminationRequested(signal: SIGHUP)])
        #expect(terminal.readEvents(timeoutMilliseconds: 0).isEmpty)
      }
    }

    @Test("every frame is dumped as the header and the buffer's plain lines")
    func dumpsFrames() throws {
      let path = "/tmp/sarap-curses-smoke-\(getpid()).dump"
      defer { unlink(path) }
      try withTerminal(dumpPath: path) { terminal, _ in
        var buffer = ScreenBuffer(size: terminal.size)
        buffer.put("Ресей 漢字", at: Point(x: 1, y: 0), style: Style(foreground: .red, bold: true))
        terminal.draw(buffer)
        buffer.put("x", at: Point(x: terminal.size.width - 1, y: terminal.size.height - 1))
        terminal.draw(buffer)
        let lines = try #require(readLines(path))
        #expect(lines.first == "# frame 2 \(terminal.size)")
        #expect(lines.dropFirst().first == " Ресей 漢字")
        #expect(lines.count == terminal.size.height + 1)
        #expect(lines.last == String(repeating: " ", count: terminal.size.width - 1) + "x")
      }
    }

    @Test("a non-UTF-8 locale is refused before the screen is touched")
    func refusesNonUTF8Locale() {
      setenv("LC_ALL", "C", 1)
      defer { unsetenv("LC_ALL") }
      #expect(throws: CursesTerminalError.localeNotUTF8(codeset: "ANSI_X3.4-1968")) {
        _ = try CursesTerminal(environment: ["TERM": "xterm-256color"], input: 0, output: 1)
      }
    }

    func readLines(_ path: String) -> [String]? {
      guard let file = fopen(path, "r") else { return nil }
      defer { fclose(file) }
      var bytes: [UInt8] = []
      var chunk = [UInt8](repeating: 0, count: 4096)
      while case let count = fread(&chunk, 1, chunk.count, file), count > 0 {
        bytes += chunk[0..<count]
      }
      return String(decoding: bytes, as: UTF8.self).split(
        separator: "\n", omittingEmptySubsequences: false
      )
      .dropLast().map(String.init)
    }
  }
}
