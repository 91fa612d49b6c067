import Testing

@testable import SarapEngine

@Suite("Case folding without Foundation")
struct CaseFoldingTests {
  func folded(_ text: String) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: text.unicodeScalars.map { CaseFolding.fold($0) })
    return String(view)
  }

  @Test(
    "capitals fold to small letters",
    arguments: [
      ("ӘҒҚҢӨҰҮҺІ", "әғқңөұүһі"),
      ("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ", "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"),
      ("ҚАЗАҚСТАН Ресейдің ЫҚПАЛЫ", "қазақстан ресейдің ықпалы"),
      ("ÄĞÑÖŞŪÜ QAZAQSTAN", "äğñöşūü qazaqstan"),
      ("ÀÉÎÕÜÇ ŁŹŽ Ÿ", "àéîõüç łźž ÿ"),
      ("ΑΒΓ Σ", "αβγ σ"),
    ])
  func foldsCapitals(_ upper: String, _ lower: String) {
    #expect(folded(upper) == lower)
    #expect(folded(lower) == lower)
  }

  @Test("every Cyrillic capital in the Kazakh and Russian alphabets differs from its fold")
  func everyCapitalFolds() {
    for scalar in "ӘҒҚҢӨҰҮҺІЁАЯ".unicodeScalars {
      #expect(CaseFolding.fold(scalar) != scalar, "\(scalar) did not fold")
      #expect(
        CaseFolding.fold(scalar).properties.isLowercase, "\(scalar) folded to a non-lower-case")
    }
  }

  @Test("Kazakh Latin İ folds to i, dotless ı stays; scalars outside the blocks stay")
  func special() {
    #expect(folded("İı") == "iı")
    #expect(folded("ß 中文 7 ☺") == "ß 中文 7 ☺")
    #expect(folded("ŉĸ") == "ŉĸ")
  }

  @Test("folding agrees with the standard library's lower-casing on the covered blocks")
  func agreesWithStandardLibrary() {
    let ranges: [ClosedRange<UInt32>] = [0x41...0x5A, 0xC0...0xDE, 0x100...0x17F, 0x400...0x52F]
    for range in ranges {
      for value in range {
        guard let scalar = Unicode.Scalar(value), value != 0x130, value != 0x17F, value != 0xD7
        else { continue }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        guard lower.count == 1, let expected = lower.first else { continue }
        #expect(CaseFolding.fold(scalar) == expected, "U+\(String(value, radix: 16))")
      }
    }
  }
}
