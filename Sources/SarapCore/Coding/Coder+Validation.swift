extension Coder {
  /// Why a stored coder name (a codings file header, a history record) is not one, or nil.
  ///
  /// The rule is ``named(_:)``'s; a stored name was trimmed when it was first given, so spaces at
  /// either end are a problem here too.
  public static func nameProblem(_ name: String) -> String? {
    do throws(NameProblem) {
      let coder = try named(name)
      return coder.rawValue == name ? nil : "a coder's name cannot begin or end with a space"
    } catch {
      return error.description
    }
  }
}
