/// Case-insensitive keys for scalars, for finding where a case-insensitive regular expression's
/// literal may match: two scalars such an expression matches to each other get the same key.
///
/// A key is the lower-case form of the upper-case form of the scalar's lower-case form, each step
/// taken only when Unicode maps it to a single scalar, so that `K`, `k` and the Kelvin sign, `Θ`,
/// `θ` and `ϑ`, or `Қ` and `қ` share a key. Unlike ``CaseFolding`` it covers every script, so it
/// can only find more places than the expression matches, never fewer; the expression decides.
enum CaseKey {
  /// The key of a scalar value.
  static func key(_ value: UInt32) -> UInt32 {
    if value < 0x80 { return 0x41 <= value && value <= 0x5A ? value + 0x20 : value }
    if value < 0x10000 { return basicPlane[Int(value)] }
    return computed(value)
  }

  /// Whether a literal scalar of a case-insensitive expression can be looked for by its key: every
  /// case mapping of it is a single scalar (`ß`, whose upper case is `SS`, cannot).
  static func isKeyed(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    guard properties.changesWhenCaseMapped else { return true }
    return [properties.lowercaseMapping, properties.uppercaseMapping, properties.titlecaseMapping]
      .allSatisfy { $0.unicodeScalars.count == 1 }
  }

  /// The keys of the Basic Multilingual Plane, built once on first use.
  private static let basicPlane: [UInt32] = (0..<0x10000).map { computed(UInt32($0)) }

  /// The key, from Unicode's case mappings.
  static func computed(_ value: UInt32) -> UInt32 {
    guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenCaseMapped else {
      return value
    }
    let lower = single(scalar.properties.lowercaseMapping) ?? scalar
    guard let upper = single(lower.properties.uppercaseMapping) else { return lower.value }
    return (single(upper.properties.lowercaseMapping) ?? lower).value
  }

  private static func single(_ mapping: String) -> Unicode.Scalar? {
    let scalars = mapping.unicodeScalars
    return scalars.count == 1 ? scalars.first : nil
  }
}
