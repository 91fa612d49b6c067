import SarapCore

/// The colours offered for codes: distinct hues that stay readable as backgrounds under black
/// text and map cleanly to the 256-colour palette.
enum Palette {
  /// A named colour.
  struct Entry {
    var name: String
    var colour: Colour
  }

  static let colours: [Entry] = [
    Entry(name: "red", colour: Colour(red: 0xE0, green: 0x6C, blue: 0x75)),
    Entry(name: "orange", colour: Colour(red: 0xF0, green: 0xA0, blue: 0x50)),
    Entry(name: "yellow", colour: Colour(red: 0xE5, green: 0xC0, blue: 0x7B)),
    Entry(name: "lime", colour: Colour(red: 0xB5, green: 0xD8, blue: 0x6B)),
    Entry(name: "green", colour: Colour(red: 0x98, green: 0xC3, blue: 0x79)),
    Entry(name: "teal", colour: Colour(red: 0x56, green: 0xB6, blue: 0xC2)),
    Entry(name: "sky", colour: Colour(red: 0x7F, green: 0xBF, blue: 0xFF)),
    Entry(name: "blue", colour: Colour(red: 0x61, green: 0xAF, blue: 0xEF)),
    Entry(name: "violet", colour: Colour(red: 0xC6, green: 0x78, blue: 0xDD)),
    Entry(name: "pink", colour: Colour(red: 0xFF, green: 0x99, blue: 0xCC)),
    Entry(name: "sand", colour: Colour(red: 0xD7, green: 0xBA, blue: 0x9D)),
    Entry(name: "grey", colour: Colour(red: 0xAA, green: 0xAA, blue: 0xAA)),
  ]

  /// A colour for a new code under `parent`: of the palette colours that neither its siblings
  /// nor its ancestors use (so it stands out where codings nest), the one fewest codes use,
  /// first in palette order on a tie; when all are used nearby, the one fewest codes use.
  static func colour(under parent: Code.ID?, in codebook: Codebook) -> Colour {
    let siblings = parent.map { codebook.children(of: $0) } ?? codebook.themes
    var nearby = Set(siblings.map(\.colour))
    var ancestor = parent.flatMap { codebook[$0] }
    var seen: Set<Code.ID> = []
    while let code = ancestor, seen.insert(code.id).inserted {
      nearby.insert(code.colour)
      ancestor = code.parent.flatMap { codebook[$0] }
    }
    var uses: [Colour: Int] = [:]
    for code in codebook.codes { uses[code.colour, default: 0] += 1 }
    let free = colours.map(\.colour).filter { !nearby.contains($0) }
    let pool = free.isEmpty ? colours.map(\.colour) : free
    return pool.min { uses[$0, default: 0] < uses[$1, default: 0] } ?? colours[0].colour
  }
}
