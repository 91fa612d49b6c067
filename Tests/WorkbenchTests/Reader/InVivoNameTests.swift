import SarapCore
import Testing

@testable import Workbench

@Suite("New code names and ids")
struct InVivoNameTests {
  @Test("an in-vivo name is the first words without surrounding punctuation")
  func inVivo() {
    #expect(InVivoName.from("«Ресей ықпалы»,") == "Ресей ықпалы")
    #expect(InVivoName.from("бір екі үш төрт бес алты") == "бір екі үш төрт бес")
  }

  @Test("ids are slugs under the parent, numbered when taken")
  func ids() {
    let codebook = Codebook([
      Code(id: "russia", nameKK: "Ресей", nameEN: "Russia"),
      Code(id: "russia.media", parent: "russia", nameKK: "", nameEN: ""),
    ])
    #expect(CodeIDMaker.unique(parent: "russia", name: "Media!", in: codebook) == "russia.media-2")
    #expect(CodeIDMaker.unique(parent: nil, name: "Орыс тілі", in: codebook) == "орыс-тілі")
  }
}
