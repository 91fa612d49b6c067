import CNcursesw
import Glibc

/// The write end of the signal pipe, for the handler (which cannot capture).
nonisolated(unsafe) private var signalPipeWriteEnd: Int32 = -1
/// Whether ncurses owns the screen: the exit and crash paths restore it only then.
nonisolated(unsafe) var cursesIsActive = false
/// Whether the exit and crash handlers are installed (once per process).
nonisolated(unsafe) private var restoreHandlersInstalled = false

/// How signals reach the event loop, and how the screen is restored on every way out.
enum SignalRouting {
  /// The signals that ask Sarap to shut down normally; ncurses would otherwise install its own
  /// handlers for SIGINT and SIGTERM that skip the application's shutdown.
  static let terminationSignals = [SIGINT, SIGTERM, SIGHUP]
  /// The signals of a crash: the screen is restored, then the signal kills the process as usual.
  static let fatalSignals = [SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGTRAP]
  /// The other signals whose default action ends the process.
  ///
  /// They are handled like a crash (the screen restored, then the default action) unless the
  /// process was started with them ignored. SIGQUIT takes its default action too, so Swift's
  /// backtracer never draws over the screen.
  static let otherDeadlySignals = [
    SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ,
  ]

  /// Routes the termination signals into a non-blocking pipe; returns its read end.
  static func installTerminationPipe() -> Int32? {
    guard let (readEnd, writeEnd) = makePipe() else { return nil }
    signalPipeWriteEnd = writeEnd
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { signo in
      var byte = UInt8(truncatingIfNeeded: signo)
      _ = write(signalPipeWriteEnd, &byte, 1)
    }
    sigemptyset(&action.sa_mask)
    action.sa_flags = SA_RESTART
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    for signo in terminationSignals {
      _ = sigaction(signo, &action, nil)
      sigaddset(&unblocked, signo)
    }
    // A parent may have blocked them (test runners do); the handlers must be reachable.
    _ = pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
    return readEnd
  }

  /// Makes sure `endwin()` runs at `exit()`, on a crash signal and on any other signal that
  /// would end the process; installed once.
  static func installRestoreHandlers() {
    guard !restoreHandlersInstalled else { return }
    restoreHandlersInstalled = true
    atexit {
      if cursesIsActive {
        cursesIsActive = false
        _ = endwin()
      }
    }
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { signo in
      if cursesIsActive {
        cursesIsActive = false
        _ = endwin()
      }
      signal(signo, SIG_DFL)
      raise(signo)
    }
    sigemptyset(&action.sa_mask)
    for signo in fatalSignals { _ = sigaction(signo, &action, nil) }
    for signo in otherDeadlySignals {
      var current = sigaction()
      guard sigaction(signo, nil, &current) == 0 else { continue }
      let handler = unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self)
      if handler == unsafeBitCast(SIG_IGN, to: Int.self) { continue }
      _ = sigaction(signo, &action, nil)
    }
  }

  /// A pipe whose ends are non-blocking and closed on exec.
  static func makePipe() -> (readEnd: Int32, writeEnd: Int32)? {
    var fds: [Int32] = [-1, -1]
    guard pipe(&fds) == 0 else { return nil }
    for fd in fds {
      _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
      _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
    }
    return (fds[0], fds[1])
  }

  /// Reads every byte waiting in the non-blocking pipe `fd`.
  static func drain(_ fd: Int32) -> [UInt8] {
    var result: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64)
    while true {
      let count = read(fd, &chunk, chunk.count)
      guard count > 0 else { return result }
      result += chunk[0..<count]
    }
  }
}
