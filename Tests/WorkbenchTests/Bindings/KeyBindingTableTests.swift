import Foundation
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

  @Test("README's key list is generated from the table (RECORD_SNAPSHOTS=1 rewrites it)")
  func readmeKeyListIsFresh() throws {
    let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
    let text = try String(contentsOf: readme, encoding: .utf8)
    let begin = "<!-- keys:begin -->\n"
    let end = "<!-- keys:end -->"
    let generated = HelpLine.markdown
    guard let start = text.range(of: begin),
      let stop = text.range(of: end, range: start.upperBound..<text.endIndex)
    else {
      Issue.record("README.md has no \(begin) … \(end) markers")
      return
    }
    let current = String(text[start.upperBound..<stop.lowerBound])
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" && current != generated {
      try text.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: generated)
        .write(to: readme, atomically: true, encoding: .utf8)
      Issue.record("Rewrote README's key list; review it, then run without RECORD_SNAPSHOTS")
      return
    }
    #expect(
      current == generated,
      "README's key list is stale: run RECORD_SNAPSHOTS=1 swift test --filter KeyBindingTableTests")
  }
}
