import SarapCore

extension ProjectSession {
  /// The coder recorded on this session's edits, or ``StoreError/noCoder`` when none is named.
  public func namedCoder() throws(StoreError) -> Coder.ID {
    guard let coder else { throw StoreError.noCoder }
    return coder
  }

  /// Records `coder` on this session's edits from now on and remembers the name for the project
  /// in `.sarap/coder`; on error neither changed.
  public func rememberCoder(_ coder: Coder.ID) throws(StoreError) {
    try RememberedCoder.write(coder, in: folder)
    self.coder = coder
  }
}
