import Glibc
import TerminalKit
import Testing

@testable import CursesTerminal

extension LocaleDependentTests {
  /// The live backend without a terminal: ncurses draws into /dev/null and reads keys from a
  /// pipe (`newterm`, as the notes' CI benchmark does).
  @Suite("Curses terminal smoke")
  struct CursesTerminalSmokeTests {
    /// Runs `body` with a C.UTF-8 terminal on a pipe (whose write end it gets) and /dev/null.
    ///
    /// The locale is in the terminal's environment, not the test process's.
    func withTerminal(_ body: (CursesTerminal, Int32) throws -> Void) throws {
      var fds: [Int32] = [-1, -1]
      try #require(pipe(&fds) == 0)
      let output = open("/dev/null", O_WRONLY)
      defer {
        close(fds[1])
        close(fds[0])
        close(output)
      }
      let terminal = try CursesTerminal(
        environment: ["TERM": "xterm-256color", "LC_ALL": "C.UTF-8"], input: fds[0], output: output)
      defer { terminal.shutdown() }
      try body(terminal, fds[1])
    }

    func send(_ text: String, to fd: Int32) {
      let bytes = Array(text.utf8)
      _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }

    @Test("keys arrive decoded, in order, in one batch")
    func decodesKeys() throws {
      try withTerminal { terminal, input in
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
      try withTerminal { terminal, _ in
        terminal.waker.wake()
        #expect(terminal.readEvents(timeoutMilliseconds: 1000) == [.wake])
        kill(getpid(), SIGHUP)
        #expect(
          terminal.readEvents(timeoutMilliseconds: 1000) == [.terminationRequested(signal: SIGHUP)])
        #expect(terminal.readEvents(timeoutMilliseconds: 0).isEmpty)
      }
    }

    @Test("every frame drawn is handed to the frame observer, as shown")
    func observesFrames() throws {
      try withTerminal { terminal, _ in
        var frames: [ScreenBuffer] = []
        terminal.frameObserver = { frames.append($0) }
        var buffer = ScreenBuffer(size: Size(width: 3, height: 1))
        buffer.put("Ресей 漢字", at: Point(x: 1, y: 0), style: Style(foreground: .red, bold: true))
        terminal.draw(buffer)
        terminal.draw(buffer)
        #expect(frames.count == 2)
        #expect(frames.first == buffer.resized(to: terminal.size))
        #expect(frames.first?.size == terminal.size)
        #expect(frames.first?.plainLines().first?.hasPrefix(" Ре") == true)
      }
    }

    @Test("a non-UTF-8 locale is refused before the screen is touched")
    func refusesNonUTF8Locale() {
      #expect(throws: CursesTerminalError.localeNotUTF8(codeset: "ANSI_X3.4-1968")) {
        _ = try CursesTerminal(
          environment: ["TERM": "xterm-256color", "LC_ALL": "C"], input: 0, output: 1)
      }
    }

    @Test(
      "the character locale follows POSIX precedence in the terminal's environment",
      arguments: [
        (["LC_ALL": "C", "LC_CTYPE": "C.UTF-8", "LANG": "kk_KZ.UTF-8"], "C"),
        (["LC_ALL": "", "LC_CTYPE": "C.UTF-8", "LANG": "C"], "C.UTF-8"),
        (["LANG": "kk_KZ.UTF-8"], "kk_KZ.UTF-8"),
        ([:], "C"),
      ])
    func characterLocalePrecedence(_ environment: [String: String], _ expected: String) {
      #expect(CursesTerminal.characterLocale(in: environment) == expected)
    }
  }
}
