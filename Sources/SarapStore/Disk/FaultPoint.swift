import Foundation

/// A test seam: the steps of a save, where the fault-injection suite kills Sarap or makes a
/// system call fail.
///
/// Inert unless the environment variable `SARAP_FAULT` is set when Sarap starts, to
/// `kill@STEP#N` (SIGKILL itself the N-th time it reaches STEP) or `ERRNO@STEP#N` with ERRNO one
/// of `ENOSPC`, `EACCES`, `EROFS`, `EIO` (fail there as that system call error would). The steps
/// are `pending` (record written), `staged` (a new version flushed beside its file), `swapped`
/// (a file replaced), `history` (history line appended) and `committed` (every file checked, old
/// versions about to be dropped and the record removed); and `prune` (a pruned history written
/// beside `.sarap/history`, about to be renamed over it).
enum FaultPoint {
  /// Called when a save reaches `step` for the file at `path`.
  static func reach(_ step: String, path: String) throws(StoreError) {
    guard let plan = Plan.current, plan.step == step, plan.arrive() else { return }
    if plan.action == "kill" { kill(getpid(), SIGKILL) }
    let code: Int32 =
      switch plan.action {
      case "EACCES": EACCES
      case "EROFS": EROFS
      case "EIO": EIO
      default: ENOSPC
      }
    throw StoreError.io(
      path: path, operation: "save (injected fault)", message: String(cString: strerror(code)))
  }

  /// The parsed `SARAP_FAULT`, counting arrivals at its step.
  final class Plan: @unchecked Sendable {
    let action: String
    let step: String
    let occurrence: Int
    private var arrivals = 0
    private let lock = NSLock()

    static let current: Plan? = {
      guard let text = ProcessInfo.processInfo.environment["SARAP_FAULT"] else { return nil }
      let parts = text.split(whereSeparator: { $0 == "@" || $0 == "#" }).map(String.init)
      guard parts.count == 3, let occurrence = Int(parts[2]) else { return nil }
      return Plan(action: parts[0], step: parts[1], occurrence: occurrence)
    }()

    init(action: String, step: String, occurrence: Int) {
      self.action = action
      self.step = step
      self.occurrence = occurrence
    }

    /// Counts one arrival; true on the planned one.
    func arrive() -> Bool {
      lock.lock()
      defer { lock.unlock() }
      arrivals += 1
      return arrivals == occurrence
    }
  }
}
