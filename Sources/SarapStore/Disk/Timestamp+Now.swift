import Foundation
import SarapCore

extension Timestamp {
  /// The current time as Sarap writes it: ISO 8601 UTC to the second (`2026-11-26T17:05:00Z`).
  public static func now() -> Timestamp {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    formatter.timeZone = TimeZone(identifier: "UTC")
    return Timestamp(formatter.string(from: Date()))
  }
}
