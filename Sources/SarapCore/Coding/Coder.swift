/// A person (or a named source, such as `dissertation`) who applies codes.
public enum Coder {
  /// Identifies a coder by name, as recorded on every coding.
  public typealias ID = Identifier<Coder>
}
