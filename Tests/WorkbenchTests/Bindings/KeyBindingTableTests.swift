import TerminalKit
import Testing

@testable import Workbench

@Suite("Key binding table")
struct KeyBindingTableTests {
  @Test("no key is bound twice in one context")
  func noDuplicateKeys() {
    var seen: [BindingContext: Set<Key>] = [:]
    for binding in KeyBinding.table {
      for key in binding.keys {
        #expect(
          seen[binding.context, default: []].insert(key).inserted,
          "\(key) twice in \(binding.context)")
      }
    }
  }

  @Test("every command has a key")
  func everyCommandIsBound() {
    let bound = Set(KeyBinding.table.map(\.command))
    #expect(
      Set(Command.allCases).subtracting(bound).isEmpty,
      "unbound: \(Set(Command.allCases).subtracting(bound))")
  }

  @Test("Esc backs out in every context")
  func escapeEverywhere() {
    let state = Fixture.state()
    for context in BindingContext.allCases where context != .panes {
      let contexts = context == .global ? [context] : [context, .global]
      let command = KeyBinding.binding(for: .escape, in: contexts)?.command
      #expect(command == .back, "Esc in \(context) runs \(String(describing: command))")
    }
    #expect(KeyBinding.binding(for: .escape, in: state.activeContexts)?.command == .back)
  }

  @Test("the hint line shows each key once, for what it does here")
  func hintsAreNotShadowed() {
    let hints = KeyBinding.hints(in: [.reports, .global])
    #expect(hints.filter { $0.keys.first == .tab }.map(\.command) == [.nextReport])
  }
}
