import SarapCore

extension AppState {
  /// Why a code named `names` (Kazakh, English) cannot sit under `parent`: a sibling other than
  /// `except` already has one of the names, in either language, ignoring case and surrounding
  /// spaces; nil when the names are free.
  func duplicateName(
    _ names: [String], under parent: Code.ID?, except: Code.ID? = nil
  ) -> String? {
    let codebook = project.codebook
    let siblings = parent.map { codebook.children(of: $0) } ?? codebook.themes
    let wanted = Set(names.map(Self.comparable).filter { !$0.isEmpty })
    for sibling in siblings where sibling.id != except {
      for name in [sibling.nameKK, sibling.nameEN] where wanted.contains(Self.comparable(name)) {
        let place = parent.map { "\(self.name(of: $0)) already has" } ?? "there is already"
        return "\(place) a code named \(name) (\(sibling.id))"
      }
    }
    return nil
  }

  /// A name as names are compared: trimmed and lower-cased.
  private static func comparable(_ name: String) -> String { name.trimmed.lowercased() }
}
