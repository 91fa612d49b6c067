import SarapCore
import TerminalKit
import Testing

@testable import Workbench

/// After a codebook edit the highlight stays on the code edited, and dialogs name their target.
@Suite("Reducer: codebook targets")
struct CodebookTargetTests {
  /// A runtime on the fixture with the codebook focused and `russia.media` selected.
  static func onMedia() -> (Runtime, InMemoryStore) {
    let state = Fixture.state()
    let memory = InMemoryStore(state.project)
    var runtime = Runtime(state: state, environment: memory.environment)
    runtime.press(.tab, .c("j"), .c("j"))
    return (runtime, memory)
  }

  @Test("after > moves a code, the highlight follows it to its new row")
  func cursorFollowsMovedCode() throws {
    var (runtime, memory) = Self.onMedia()
    #expect(runtime.state.selectedCode?.id == "russia.media")
    runtime.press(.c(">"))
    for character in "west" { runtime.press(.character(character)) }
    runtime.press(.enter)
    #expect(memory.log == ["moved russia.media under west"])
    #expect(runtime.state.selectedCode?.id == "russia.media")
    #expect(runtime.state.project.codebook["russia.media"]?.parent == "west")
  }

  @Test("the move, merge and colour pickers name the code they act on")
  func pickersNameTheirTarget() {
    var (runtime, _) = Self.onMedia()
    for (key, title) in [("M", "Merge БАҚ into"), (">", "Move БАҚ under"), ("p", "Colour for БАҚ")]
    {
      runtime.press(.c(Character(key)))
      let text = WorkbenchScreen.render(runtime.state).plainLines().joined(separator: "\n")
      #expect(text.contains(title), "\(key)")
      runtime.press(.escape)
    }
  }

  @Test("a merge keeps the merged code's definition, appended under the target's")
  func mergeKeepsDefinition() throws {
    var project = Fixture.state().project
    let oldMedia = try #require(project.codebook["russia.media"])
    let oldLanguage = try #require(project.codebook["russia.language"])
    var media = oldMedia
    media.definition = "Russian-language media."
    var language = oldLanguage
    language.definition = "The Russian language."
    _ = try project.apply(
      .batch([
        .updateCode(old: oldMedia, new: media), .updateCode(old: oldLanguage, new: language),
      ]))
    _ = try project.apply(try project.mergeEdit("russia.media", into: "russia.language"))
    #expect(
      project.codebook["russia.language"]?.definition
        == "The Russian language.\n\nMerged from russia.media: Russian-language media.")
  }
}
