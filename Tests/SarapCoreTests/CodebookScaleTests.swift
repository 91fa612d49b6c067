import Testing

@testable import SarapCore

/// Codebook walks stay linear and iterative.
///
/// A 100,000-deep chain of parents and 100,000 flat codes complete (quadratic walks took minutes;
/// recursive ones overflowed the stack). Times are
/// measured in the benchmarks, not asserted here.
@Suite("Codebook at scale")
struct CodebookScaleTests {
  static let size = 100_000

  /// Codes `c0` … `cN-1`, each the child of the one before.
  static func chain(_ count: Int) -> Codebook {
    Codebook(
      (0..<count).map {
        Code(
          id: Code.ID("c\($0)"), parent: $0 == 0 ? nil : Code.ID("c\($0 - 1)"), nameKK: "",
          nameEN: "")
      })
  }

  @Test("a 100,000-deep chain: no issues, tree order, depths and subtree all complete")
  func deepChain() {
    let book = Self.chain(Self.size)
    #expect(book.issues().isEmpty)
    #expect(book.treeOrder.count == Self.size)
    #expect(book.treeOrder.last == Code.ID("c\(Self.size - 1)"))
    #expect(book.depths[Code.ID("c\(Self.size - 1)")] == Self.size - 1)
    #expect(book.subtree(of: "c0").count == Self.size)
    #expect(book.codesOnCycles.isEmpty)
  }

  @Test("100,000 flat codes appended one by one keep their index; tree order completes")
  func flatCodes() {
    var book = Codebook()
    for index in 0..<Self.size {
      book.insert(Code(id: Code.ID("t\(index)"), nameKK: "", nameEN: ""), at: index)
    }
    #expect(book.index(of: "t99999") == 99_999)
    #expect(book.treeOrder.count == Self.size)
    #expect(book.issues().isEmpty)
  }

  @Test("cycles: the codes on one, and those whose parents run into one, are found")
  func cycles() {
    let book = Codebook([
      Code(id: "a", parent: "b", nameKK: "", nameEN: ""),
      Code(id: "b", parent: "a", nameKK: "", nameEN: ""),
      Code(id: "c", parent: "a", nameKK: "", nameEN: ""),
      Code(id: "d", parent: "d", nameKK: "", nameEN: ""),
      Code(id: "e", parent: "missing", nameKK: "", nameEN: ""),
      Code(id: "f", nameKK: "", nameEN: ""),
    ])
    #expect(book.codesOnCycles == ["a", "b", "d"])
    #expect(book.codesReachingCycles == ["a", "b", "c", "d"])
    #expect(
      book.issues() == [
        .cycle("a"), .cycle("b"), .cycle("c"), .cycle("d"),
        .missingParent("e", parent: "missing"),
      ])
    #expect(book.depths["c"] == book.depth(of: "c"))
    #expect(book.depths["e"] == 0)
  }

  @Test("inserting and removing in the middle keeps every id's first position")
  func indexAfterEdits() {
    var book = Codebook(["a", "b", "a", "c"].map { Code(id: Code.ID($0), nameKK: "", nameEN: "") })
    #expect(book.index(of: "a") == 0)
    book.insert(Code(id: "x", nameKK: "", nameEN: ""), at: 1)
    #expect(["a", "x", "b", "c"].map { book.index(of: Code.ID($0)) } == [0, 1, 2, 4])
    book.remove("a")
    #expect(["a", "x", "b", "c"].map { book.index(of: Code.ID($0)) } == [2, 0, 1, 3])
    book.remove("x")
    #expect(["a", "b", "c"].map { book.index(of: Code.ID($0)) } == [1, 0, 2])
  }
}
