import SarapCore
import Testing

@testable import SarapEngine

/// Queries typed or passed from a script cannot exhaust the stack: nesting and length are capped
/// with an error at the column, before any recursive walk.
@Suite("Retrieval query limits")
struct QueryLimitTests {
  @Test("parentheses or NOTs nested 100,000 deep: an error at the 101st level, no crash")
  func deepNesting() throws {
    let depth = 100_000
    let parentheses =
      String(repeating: "(", count: depth) + "china" + String(repeating: ")", count: depth)
    let nots = String(repeating: "NOT ", count: depth) + "china"
    for (text, column) in [(parentheses, 101), (nots, 401)] {
      let error = #expect(throws: QueryError.self) {
        try Query.parse(text, in: Fixture.codebook)
      }
      #expect(error?.message == "nesting deeper than 100 levels")
      #expect(error?.column == column)
    }
    let allowed =
      String(repeating: "(", count: 100) + "china" + String(repeating: ")", count: 100)
    #expect(try Query.parse(allowed, in: Fixture.codebook) == .code("china"))
  }

  @Test("a chain of 100,000 codes is refused after the 1,000th, no crash")
  func longChain() throws {
    let text = Array(repeating: "china", count: 100_000).joined(separator: " AND ")
    let error = #expect(throws: QueryError.self) { try Query.parse(text, in: Fixture.codebook) }
    #expect(error?.message == "more than 1000 codes in one query")
    #expect(error?.column == 1_000 * 10 + 1)
    let allowed = Array(repeating: "china", count: 1_000).joined(separator: " OR ")
    #expect(try Query.parse(allowed, in: Fixture.codebook).terms.count == 1_000)
  }
}
