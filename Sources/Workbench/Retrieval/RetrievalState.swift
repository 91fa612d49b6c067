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

  /// Creates an empty retrieval.
  public init(query: String = "", hits: [RetrievalHit] = [], list: ListPosition = ListPosition()) {
    self.query = query
    self.hits = hits
    self.list = list
  }
}
