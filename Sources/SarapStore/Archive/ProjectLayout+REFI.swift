extension ProjectLayout {
  /// The GUIDs of the project's objects in REFI-QDA exports, relative (`sarap-refi-ids 1`).
  public static let refiGUIDs = "Codebooks/refi-ids.txt"
}
