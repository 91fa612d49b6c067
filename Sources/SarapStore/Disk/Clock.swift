import Foundation
import SarapCore

/// The current time as Sarap writes it: ISO 8601 UTC to the second.
enum Clock {
  static func now() -> Timestamp {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    formatter.timeZone = TimeZone(identifier: "UTC")
    return Timestamp(formatter.string(from: Date()))
  }
}
