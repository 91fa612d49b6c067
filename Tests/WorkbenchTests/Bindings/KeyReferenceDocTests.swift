import SarapTestSupport
import Testing

@testable import Workbench

/// The key list in docs/workbench.md, generated from the binding table like the help screen.
@Suite("Key reference in docs/workbench.md")
struct KeyReferenceDocTests {
  @Test("docs/workbench.md's key list is generated from the binding table")
  func keyListIsFresh() throws {
    let section = GeneratedDocSection(page: "docs/workbench.md", name: "keys")
    let problem = try section.problem(
      comparedWith: HelpLine.markdown,
      regenerate: "RECORD_SNAPSHOTS=1 swift test --filter KeyReferenceDocTests")
    #expect(problem == nil, "\(problem ?? "")")
  }
}
