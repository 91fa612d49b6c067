import SarapCore
import TerminalKit
import Testing

@testable import Workbench

/// A codebook that stays tidy: no two siblings share a name (in either language), new codes get
/// colours that stand out from their neighbours, and definitions are shown where codes are
/// chosen.
@Suite("Reducer: codebook hygiene")
struct CodebookHygieneTests {
  @Test("a new code named as a sibling (either language, any case) is refused; the dialog stays")
  func newCodeDuplicateRefused() {
    var store = CodingReducerTests.selectingLanguage
    store.press(.c("+"))
    #expect(store.press(.enter) == .redraw)
    #expect(
      store.state.status
        == .error("Not created: Ресей already has a code named Орыс тілі (russia.language)"))
    guard case .newCode = store.state.mode else {
      Issue.record("expected the dialog to stay open, got \(store.state.mode)")
      return
    }
    store.press(.control("u"))
    store.type("тіл")
    store.press(.tab)
    store.type("RUSSIAN LANGUAGE ")
    #expect(store.press(.enter) == .redraw)
    #expect(
      store.state.status
        == .error("Not created: Ресей already has a code named Russian language (russia.language)"))
  }

  @Test("a theme named as another theme is refused")
  func newThemeDuplicateRefused() {
    var store = CodebookReducerTests.onMedia
    store.press(.c("n"))
    store.type("батыс")
    store.press(.tab, .tab, .left)
    guard case .newCode(let dialog) = store.state.mode else {
      Issue.record("expected the new-code dialog, got \(store.state.mode)")
      return
    }
    #expect(dialog.theme == nil)
    store.press(.enter)
    #expect(store.state.status == .error("Not created: there is already a code named Батыс (west)"))
  }

  @Test("renaming to a sibling's name is refused; keeping a code's own name is not")
  func renameDuplicateRefused() {
    var store = CodebookReducerTests.onMedia
    store.press(.c("e"), .control("u"))
    store.type("Орыс тілі")
    #expect(store.press(.enter) == .redraw)
    #expect(
      store.state.status
        == .error("Not renamed: Ресей already has a code named Орыс тілі (russia.language)"))
    store.press(.control("u"))
    store.type("бақ")
    #expect(store.press(.enter) != .redraw)
  }

  @Test("moving a code under a parent whose child has its name is refused")
  func moveDuplicateRefused() throws {
    var state = Fixture.state()
    state.project.codebook = Codebook(
      Fixture.codebook.codes + [
        Code(id: "west.media", parent: "west", nameKK: "БАҚ", nameEN: "Western media")
      ])
    var store = TestStore(state)
    store.press(.tab, .c("j"), .c("j"))
    #expect(store.state.selectedCode?.id == "russia.media")
    store.press(.c(">"))
    store.type("west")
    #expect(store.press(.enter) == .redraw)
    #expect(
      store.state.status == .error("Not moved: Батыс already has a code named БАҚ (west.media)"))
  }

  @Test("a new code's colour differs from its siblings' and its ancestors', least used first")
  func distinctColours() {
    var codes = Fixture.codebook.codes
    // Under Ресей (red) with Орыс тілі (orange) and БАҚ (yellow): the first colour no code uses.
    let lime = Colour(red: 0xB5, green: 0xD8, blue: 0x6B)
    #expect(Palette.colour(under: "russia", in: Codebook(codes)) == lime)
    // Every palette colour but one used once somewhere else: that one.
    for (index, entry) in Palette.colours.enumerated() where entry.name != "pink" {
      codes.append(
        Code(id: Code.ID("x\(index)"), nameKK: "x", nameEN: "x", colour: entry.colour))
    }
    let pink = Colour(red: 0xFF, green: 0x99, blue: 0xCC)
    #expect(Palette.colour(under: nil, in: Codebook(codes)) == pink)
    // A subcode never takes its parent's or grandparent's colour, even when all are used.
    let deep = Code(
      id: "russia.language.school", parent: "russia.language", nameKK: "y", nameEN: "y",
      colour: pink)
    codes.append(deep)
    let colour = Palette.colour(under: "russia.language.school", in: Codebook(codes))
    #expect(
      ![
        pink, Colour(red: 0xF0, green: 0xA0, blue: 0x50),
        Colour(red: 0xE0, green: 0x6C, blue: 0x75),
      ].contains(colour))
  }

  @Test("the code picker previews the highlighted code's definition")
  func pickerPreview() {
    var state = Fixture.state()
    state.project.codebook = Codebook(
      Fixture.codebook.codes.map { code in
        var code = code
        if code.id == "west" {
          code.definition = "Influence of the USA, the EU and international donors."
        }
        return code
      })
    var store = TestStore(state)
    store.press(.c("v"), .c("c"))
    store.type("батыс")
    let lines = WorkbenchScreen.render(store.state).plainLines()
    #expect(
      lines.contains { $0.contains("Influence of the USA, the EU and international donors.") })
    store.press(.control("u"))
    store.type("қытай")
    let others = WorkbenchScreen.render(store.state).plainLines()
    #expect(others.contains { $0.contains("(no definition)") })
  }

  @Test("the codebook pane shows the selected code's definition while it has the focus")
  func codebookDefinition() {
    var state = Fixture.state()
    state.project.codebook = Codebook(
      Fixture.codebook.codes.map { code in
        var code = code
        if code.id == "russia.media" {
          code.definition =
            "Newspapers, television and online outlets in Russian, as a channel of influence."
        }
        return code
      })
    var store = TestStore(state)
    #expect(!WorkbenchScreen.render(store.state).plainLines().joined().contains("Newspapers"))
    store.press(.tab, .c("j"), .c("j"))
    let text = WorkbenchScreen.render(store.state).plainLines().joined(separator: "\n")
    #expect(text.contains("Newspapers"))
  }
}
