import CNcursesw
import Glibc
import TerminalKit

extension CursesTerminal {
  /// Waits up to `timeoutMilliseconds` (-1: forever) for keys, mouse, a resize, a termination
  /// signal or a wake-up, then returns everything queued, oldest first.
  ///
  /// Keys ncurses already buffered are returned at once, without waiting. A batch holds every
  /// key of a paste, so the application renders once per batch.
  public func readEvents(timeoutMilliseconds: Int) -> [InputEvent] {
    guard cursesIsActive else { return [] }
    var events = pendingEvents()
    if events.isEmpty {
      waitForInput(timeoutMilliseconds: timeoutMilliseconds)
      events = pendingEvents()
    }
    return events
  }

  /// Termination requests, wake-ups and keys available now, without blocking.
  func pendingEvents() -> [InputEvent] {
    var events: [InputEvent] = SignalRouting.drain(signalPipe).map {
      .terminationRequested(signal: Int32($0))
    }
    if !SignalRouting.drain(wakePipe).isEmpty { events.append(.wake) }
    events += readKeys()
    return events
  }

  /// Blocks in `poll()` on the input, the signal pipe and the wake pipe.
  ///
  /// `EINTR` (SIGWINCH, whose ncurses handler queued a `KEY_RESIZE`) simply returns.
  func waitForInput(timeoutMilliseconds: Int) {
    var descriptors = [inputDescriptor, signalPipe, wakePipe].map {
      pollfd(fd: $0, events: Int16(POLLIN), revents: 0)
    }
    _ = poll(&descriptors, nfds_t(descriptors.count), Int32(clamping: timeoutMilliseconds))
  }

  /// Drains `get_wch` until it has nothing more; a combining mark typed after a character joins
  /// it.
  func readKeys() -> [InputEvent] {
    var events: [InputEvent] = []
    while true {
      var character: wint_t = 0
      let status = get_wch(&character)
      if status == ERR { break }
      let event =
        status == KEY_CODE_YES ? codeEvent(Int32(bitPattern: character)) : characterEvent(character)
      guard let event else { continue }
      if case .key(.character(let mark)) = event, case .key(.character(let base))? = events.last,
        let scalar = mark.unicodeScalars.first, DisplayWidth.of(scalar) == 0
      {
        events[events.count - 1] = .key(.character(Character(String(base) + String(mark))))
      } else {
        events.append(event)
      }
    }
    return events
  }
}
