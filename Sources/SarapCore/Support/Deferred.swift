import Synchronization

/// A value computed the first time it is asked for, once, whichever thread asks.
///
/// For work a screen may never need (the workbench's claim verdicts read the text of every
/// transcript the claims retrieve): the value is the one `compute` gives, computed at most once.
public final class Deferred<Value: Sendable>: Sendable {
  private let state: Mutex<State>

  private enum State {
    case pending(@Sendable () -> Value)
    case computed(Value)
  }

  /// A value that `compute` gives when it is first asked for.
  public init(_ compute: @escaping @Sendable () -> Value) {
    state = Mutex(.pending(compute))
  }

  /// Whether the value was computed already.
  public var isComputed: Bool {
    state.withLock { state in
      if case .computed = state { return true }
      return false
    }
  }

  /// The value, computed now if it was not yet.
  public var value: Value {
    state.withLock { state in
      switch state {
      case .computed(let value): return value
      case .pending(let compute):
        let value = compute()
        state = .computed(value)
        return value
      }
    }
  }
}
