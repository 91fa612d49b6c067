import SarapCore

/// A SYNTHETIC interview guide with a pilot and a main revision, written for these tests.
///
/// It is not the bundled study's guide (whose pilot wording is not published) and must not be
/// read as such. The same guide is on disk at `Tests/Fixtures/synthetic-revisions/`.
///
/// From pilot to main: Q1 unchanged; pilot Q6 renumbered to Q2 (renamed, moved, reworded, found
/// by similarity); pilot Q2 renumbered to Q3 and reworded (`replaces: Q2`); pilot Q3 split into
/// Q4а and Q4ә; pilot Q4 and Q5 merged into Q5; pilot Q7 removed; Q6 added.
public enum SyntheticGuide {
  public static let pilot = GuideRevision(
    id: "pilot", date: "2031-01", status: "pilot", note: "SYNTHETIC fixture.",
    questions: [
      GuideQuestion(
        id: "Q1", textKK: "Сіз қанша жиі кітап оқисыз?", textEN: "How often do you read books?"),
      GuideQuestion(
        id: "Q2", textKK: "Сіз қандай кітаптарды ұнатасыз?", textEN: "What books do you like?"),
      GuideQuestion(
        id: "Q3", textKK: "Кітапты қайдан аласыз: кітапханадан ба, дүкеннен бе?",
        textEN: "Where do you get books: from a library or a shop?"),
      GuideQuestion(
        id: "Q4", textKK: "Электронды кітап оқисыз ба?", textEN: "Do you read e-books?"),
      GuideQuestion(
        id: "Q5", textKK: "Аудиокітап тыңдайсыз ба?", textEN: "Do you listen to audiobooks?"),
      GuideQuestion(
        id: "Q6", textKK: "Балалық шағыңызда кім сізге кітап оқып берді?",
        textEN: "Who read books to you in your childhood?"),
      GuideQuestion(
        id: "Q7", textKK: "Сізге оқуға не кедергі келтіреді?",
        textEN: "What keeps you from reading?"),
    ])

  public static let main = GuideRevision(
    id: "main", date: "2031-02", status: "main", note: "SYNTHETIC fixture: revised after P1, P2.",
    questions: [
      GuideQuestion(
        id: "Q1", textKK: "Сіз қанша жиі кітап оқисыз?", textEN: "How often do you read books?"),
      GuideQuestion(
        id: "Q2", textKK: "Балалық шағыңызда сізге кім кітап оқып берді?",
        textEN: "Who read books to you in your childhood?",
        note: "Moved forward: P1 talked about childhood first."),
      GuideQuestion(
        id: "Q3", textKK: "Сіз қандай кітаптарды жиі оқисыз?",
        textEN: "What books do you read most often?",
        note: "P2 named books they like but never read.", replaces: ["Q2"]),
      GuideQuestion(
        id: "Q4а", textKK: "Кітапты кітапханадан аласыз ба?",
        textEN: "Do you borrow books from a library?",
        note: "Split: P1 answered only about the library.", replaces: ["Q3"]),
      GuideQuestion(
        id: "Q4ә", textKK: "Кітапты дүкеннен сатып аласыз ба?",
        textEN: "Do you buy books in a shop?",
        note: "Split: P1 answered only about the library.", replaces: ["Q3"]),
      GuideQuestion(
        id: "Q5", textKK: "Электронды кітап оқисыз ба, әлде аудиокітап тыңдайсыз ба?",
        textEN: "Do you read e-books or listen to audiobooks?",
        note: "Merged: both pilots answered the two together.", replaces: ["Q4", "Q5"]),
      GuideQuestion(
        id: "Q6", textKK: "Оқыған кітаптарыңыз туралы әлеуметтік желіде жазасыз ба?",
        textEN: "Do you write about the books you read on social media?",
        note: "Added: P2 raised it unprompted."),
    ])

  public static let guide = Guide(revisions: [pilot, main])
}
