import SarapCore
import SarapEngine

/// The retrieval screen: a query over codes (`russia`, `russia AND china`, `west OR turkey`), the
/// segments it retrieved across transcripts, and the selected one.
public struct RetrievalState: Equatable, Sendable {
  /// The query as written (SarapEngine's query language); empty before the first retrieval.
  public var query: String
  /// The hits, in transcript order.
  public var hits: [RetrievalHit]
  /// The selected hit and scroll.
  public var list: ListPosition
  /// The claim whose evidence the hits are (its query within its scope lines); nil for a plain
  /// retrieval.
  public var claim: Claim.ID?

  /// Creates an empty retrieval.
  public init(
    query: String = "", hits: [RetrievalHit] = [], list: ListPosition = ListPosition(),
    claim: Claim.ID? = nil
  ) {
    self.query = query
    self.hits = hits
    self.list = list
    self.claim = claim
  }
}
