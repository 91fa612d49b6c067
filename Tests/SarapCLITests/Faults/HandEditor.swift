import Foundation
import SarapCore

/// A person editing a codings file by hand while Sarap runs: appends whole coding lines, one
/// `write` each (as an editor saving in place would), at random moments.
final class HandEditor: @unchecked Sendable {
  let file: URL
  let lines: [(key: String, text: String)]
  let pause: Double
  private let box = LockedBox<[String]>([])
  private let done = DispatchSemaphore(value: 0)

  init(file: URL, transcript: Transcript, start: Int, count: Int, pause: Double) {
    self.file = file
    self.pause = pause
    lines = (0..<count).map { index in
      let range = TextRange(start: start + index * 3, end: start + index * 3 + 2)
      let fingerprint = TextFingerprint(of: transcript.body[range])
      return (
        "R01 \(range.start) \(range.end) russia",
        "R01\t\(range.start)\t\(range.end)\trussia\t\(fingerprint)\t2026-01-01T00:00:00Z\t\n"
      )
    }
  }

  /// The keys of the lines written so far.
  var written: [String] { box.value }

  func start() {
    Thread.detachNewThread { [self] in
      for line in lines {
        Thread.sleep(forTimeInterval: pause)
        let descriptor = open(file.path, O_WRONLY | O_APPEND)
        guard descriptor >= 0 else { continue }
        let count = Array(line.text.utf8).withUnsafeBytes {
          Foundation.write(descriptor, $0.baseAddress, $0.count)
        }
        close(descriptor)
        if count == line.text.utf8.count { box.update { $0.append(line.key) } }
      }
      done.signal()
    }
  }

  func wait() { done.wait() }
}

/// A value shared between threads behind a lock.
final class LockedBox<Value>: @unchecked Sendable {
  private var stored: Value
  private let lock = NSLock()

  init(_ value: Value) { stored = value }

  var value: Value {
    lock.lock()
    defer { lock.unlock() }
    return stored
  }

  func update(_ change: (inout Value) -> Void) {
    lock.lock()
    defer { lock.unlock() }
    change(&stored)
  }
}
