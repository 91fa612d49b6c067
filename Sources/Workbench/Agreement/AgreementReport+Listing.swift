import SarapEngine

extension AgreementReport {
  /// The rows of the codes either coder used, lowest agreement first (then codebook order), as
  /// the agreement screen lists them.
  public var listedRows: [AgreementRow] {
    rows.enumerated().filter(\.element.figures.isUsed).sorted { lhs, rhs in
      (lhs.element.figures.agreement ?? 2, lhs.offset)
        < (rhs.element.figures.agreement ?? 2, rhs.offset)
    }.map(\.element)
  }
}
