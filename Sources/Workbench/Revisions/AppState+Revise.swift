import SarapCore
import SarapEngine

extension AppState {
  /// `:revise FILE`: asks for the corrected text of the transcript open in the reader.
  mutating func revise(from path: String) -> Outcome {
    if let reason = Availability.editing(self) { return refuseRevision(reason) }
    guard !path.isEmpty else {
      return refuseRevision("Say which file: :revise FILE (.txt, .md or .docx)")
    }
    guard let transcript = reader.document?.transcriptID else {
      return refuseRevision("Open the transcript to revise first (:open R07), then :revise FILE")
    }
    return Outcome(.redraw, effects: [.readRevisionText(transcript, path: path)])
  }

  /// The corrected text arrived: computes the revision as `sarap revise` does and saves it as
  /// one undoable edit; its review notes name it as the store and `sarap review` do (`R07.4`).
  mutating func revise(
    _ transcript: Transcript.ID, to text: String, named name: String, now: Timestamp
  ) -> Outcome {
    let revision: TranscriptRevision
    do throws(TranscriptRevisionError) {
      revision = try TranscriptRevision(of: transcript, to: text, in: project)
    } catch {
      return refuseRevision("Not revised: \(error.description)")
    }
    let notes = revision.reviewNotes(revision: name, time: now)
    revisions.pending = PendingRevision(revision: revision, notes: notes)
    return .persist(.apply(revision.edit, summary: revision.summary))
  }

  /// A revision reached the disk: keeps the flagged codings' old text for the review screen,
  /// opens it when codings were flagged, and says what moved.
  mutating func revisionSaved(_ pending: PendingRevision) -> Outcome {
    let revision = pending.revision
    let known = Set(revisions.notes.map { [$0.key.text, $0.fingerprint.description] })
    revisions.notes += pending.notes.filter {
      !known.contains([$0.key.text, $0.fingerprint.description])
    }
    if !revision.flagged.isEmpty {
      revisions.adjusted = nil
      revisions.review = ListPosition()
      push(.review)
    }
    status = StatusMessage(
      "Revised \(revision.new.id): \(revision.moved.count) codings moved, "
        + "\(revision.flagged.count) flagged")
    return .redraw
  }

  private mutating func refuseRevision(_ reason: String) -> Outcome {
    status = .error(reason)
    return .redraw
  }
}
