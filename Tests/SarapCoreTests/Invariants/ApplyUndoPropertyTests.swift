import SarapCore
import Testing

/// Applying an edit and then its inverse gives back the project exactly, for every kind of edit
/// (``EditKind`` follows ``ProjectEdit`` case by case), from seeded random edits and projects.
@Suite("Apply then undo restores the project")
struct ApplyUndoPropertyTests {
  @Test(
    "apply then inverse restores the project, for every kind of edit", arguments: EditKind.allCases)
  func applyThenUndoRestores(_ kind: EditKind) throws {
    var random = RandomEdit(seed: 20_261_203)
    var applied = 0
    for _ in 0..<60 {
      let project = random.grown(RandomEdit.base, by: 4)
      guard let edit = random.make(kind, on: project) else { continue }
      #expect(EditKind(edit) == kind, "asked for \(kind), made \(edit)")
      var after = project
      guard let inverse = try? after.apply(edit) else { continue }
      var undone = after
      try undone.apply(inverse)
      #expect(undone == project, "\(edit) then \(inverse)")
      applied += 1
    }
    #expect(applied >= 30, "only \(applied) \(kind) edits applied")
  }

  @Test("a random sequence of edits of every kind, undone in reverse, restores the project")
  func sequenceUndoneInReverseRestores() throws {
    var random = RandomEdit(seed: 7)
    var project = RandomEdit.base
    var inverses: [ProjectEdit] = []
    var kindsApplied: Set<EditKind> = []
    for step in 0..<300 {
      let kind = EditKind.allCases[step % EditKind.allCases.count]
      guard let edit = random.make(kind, on: project), let inverse = try? project.apply(edit)
      else { continue }
      inverses.append(inverse)
      kindsApplied.insert(kind)
    }
    #expect(kindsApplied == Set(EditKind.allCases))
    for inverse in inverses.reversed() { try project.apply(inverse) }
    #expect(project == RandomEdit.base)
  }
}
