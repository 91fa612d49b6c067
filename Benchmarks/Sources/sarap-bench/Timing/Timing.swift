import Foundation

/// Seconds elapsed on the monotonic clock while `body` runs, and what it returned.
func timed<T>(_ body: () throws -> T) rethrows -> (seconds: Double, value: T) {
  let start = DispatchTime.now().uptimeNanoseconds
  let value = try body()
  let end = DispatchTime.now().uptimeNanoseconds
  return (Double(end - start) / 1e9, value)
}

/// Keeps a value alive so the optimiser cannot drop the work that made it.
@inline(never)
func keep<T>(_ value: T) {
  withExtendedLifetime(value) {}
}

/// Writes a progress line to standard error (standard output carries the results).
func note(_ line: String) {
  FileHandle.standardError.write(Data((line + "\n").utf8))
}
