import Foundation
import SarapCore

/// Reads the `xsd:dateTime` values other tools write as Sarap's UTC timestamps.
enum REFITimestamps {
  /// The time as `YYYY-MM-DDTHH:MM:SSZ`, or nil when the text is not an ISO 8601 date and time.
  ///
  /// A time already in that form (a fraction included) is kept; a time without a zone is taken as
  /// UTC.
  static func utc(_ text: String) -> Timestamp? {
    if TimestampSyntax.isValid(Substring(text)) { return Timestamp(text) }
    let zoned = hasZone(text) ? text : text + "Z"
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    guard let date = formatter.date(from: zoned) ?? plainFormatter.date(from: zoned) else {
      return nil
    }
    return Timestamp(plainFormatter.string(from: date))
  }

  private static var plainFormatter: ISO8601DateFormatter {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter
  }

  private static func hasZone(_ text: String) -> Bool {
    guard let time = text.firstIndex(of: "T") else { return false }
    let rest = text[time...]
    return rest.hasSuffix("Z") || rest.contains("+") || rest.dropFirst(6).contains("-")
  }
}
