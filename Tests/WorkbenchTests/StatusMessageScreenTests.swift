import SarapCore
import TerminalKit
import Testing

@testable import Workbench

/// Status messages are never cut so that their reason is lost.
@Suite("Status line: long messages wrap instead of being cut")
struct StatusMessageScreenTests {
  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

  /// The last two rows of the screen, without their padding, joined by a space.
  static func footer(_ buffer: ScreenBuffer) -> String {
    buffer.plainLines().suffix(2).map { $0.trimmingSpaces }.joined(separator: " ")
  }

  @Test(
    "the facts make room for a long message, keeping the coder; the hints stay",
    arguments: sizes)
  func messageOnStatusLine(_ size: Size) {
    var state = Fixture.state(size: size)
    let message =
      "Not saved: Codebooks/codings/ana.txt changed since it was read"
    state.status = .error(message)
    let buffer = WorkbenchScreen.render(state)
    let lines = buffer.plainLines()
    #expect(lines[lines.count - 2].contains(message))
    #expect(lines[lines.count - 2].contains("coder: ana"))
    #expect(lines.last?.contains("? help") == true)
  }

  @Test("a message longer than a line wraps over both lines, every word kept", arguments: sizes)
  func messageOverTwoLines(_ size: Size) {
    var state = Fixture.state(size: size)
    let words = (1...(size.width / 6)).map { "word\($0)" }
    let message = "Export refused: " + words.joined(separator: " ")
    state.status = .error(message)
    let buffer = WorkbenchScreen.render(state)
    let footer = Self.footer(buffer)
    for word in words { #expect(footer.contains(word)) }
    assertSnapshot(buffer, named: "long-message-\(size)")
  }

  @Test("a short message stays beside the facts and the hints stay")
  func shortMessageBeside() {
    var state = Fixture.state()
    state.status = StatusMessage("Saved: coded R07 1..5 west")
    let lines = WorkbenchScreen.render(state).plainLines()
    #expect(lines[lines.count - 2].contains("Saved: coded R07 1..5 west"))
    #expect(lines[lines.count - 2].contains("coder: ana"))
    #expect(lines.last?.contains("? help") == true)
  }
}

extension String {
  /// The string without the spaces at its ends.
  fileprivate var trimmingSpaces: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
