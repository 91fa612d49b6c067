import SarapCore
import TerminalKit
import Testing

@testable import Workbench

/// Sends actions to a state and checks the exact change (TCA's exhaustive `TestStore`, in
/// small): the caller states every field it expects to change; any other change fails.
struct TestStore {
  var state: AppState

  init(_ state: AppState) { self.state = state }

  /// Sends an action; `expected` mutates a copy of the old state into the expected new one.
  mutating func send(
    _ action: Action, outcome: Outcome? = nil, sourceLocation: SourceLocation = #_sourceLocation,
    _ expected: (inout AppState) -> Void = { _ in }
  ) {
    var expectedState = state
    expected(&expectedState)
    let result = state.reduce(action, now: Fixture.time)
    if let outcome { #expect(result == outcome, sourceLocation: sourceLocation) }
    #expect(
      state == expectedState, "\(Self.difference(state, expectedState))",
      sourceLocation: sourceLocation)
  }

  /// Presses keys, checking nothing but returning the last outcome.
  @discardableResult
  mutating func press(_ keys: Key...) -> Outcome {
    var last = Outcome.none
    for key in keys { last = state.reduce(.keyPressed(key), now: Fixture.time) }
    return last
  }

  /// Types text into the open field.
  mutating func type(_ text: String) {
    for character in text {
      _ = state.reduce(.keyPressed(.character(character)), now: Fixture.time)
    }
  }

  /// The fields that differ, for a readable failure.
  static func difference(_ actual: AppState, _ expected: AppState) -> String {
    var lines: [String] = []
    let actualMirror = Mirror(reflecting: actual)
    let expectedMirror = Mirror(reflecting: expected)
    for (child, other) in zip(actualMirror.children, expectedMirror.children) {
      let a = String(describing: child.value)
      let b = String(describing: other.value)
      if a != b {
        lines.append("\(child.label ?? "?"): got \(a.prefix(300)) expected \(b.prefix(300))")
      }
    }
    return lines.joined(separator: "\n")
  }
}

extension Key {
  /// A printable key.
  static func c(_ character: Character) -> Key { .character(character) }
}
