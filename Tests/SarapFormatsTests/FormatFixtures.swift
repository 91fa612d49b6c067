import SarapCore

/// Canonical project files written out by hand: decoding and re-encoding them must give the
/// same bytes.
enum FormatFixtures {
  static let transcript = """
    sarap-transcript 1
    id: R07
    title: Respondent 7 (excerpts quoted in the dissertation)
    guide-revision: final
    interviewer: I
    attribute studied-in: Russia | dissertation line 1806
    attribute state-service: unknown
    excerpt E1: line 1771 | 0..25
    excerpt E2: line 1804 | 27..40 | repeats R03/E2
    memo: free text, may continue
      on indented lines
      
      after an empty line
    ---
    [Q2а] I: Қандай мемлекет?

    R07: Ресей ықпалы зор. Қытай да бар.

    """

  static let codebook = """
    sarap-codebook 1

    code russia
    kk: Ресей
    en: Russia
    colour: #C0392B
    definition: Apply when Russia is named;
      do not apply to the USSR.

    code russia.education
    parent: russia
    kk: Білім
    en: Education
    colour: #E74C3C
    memo: split from russia on 2026-11-20

    code china
    kk: Қытай
    en: China
    colour: #888888

    """

  static let codings = """
    sarap-codings 1
    coder: Ana Kim
    R01\t3\t9\tchina\t0000abcd\t2026-11-26T17:05:00Z
    R07\t120\t530\trussia\t1f3a9c0b\t2026-11-26T17:05:00Z\ta memo\\twith a tab\\nand \\\\ a line
    R07\t120\t530\trussia.education\t1f3a9c0b\t2026-11-26T17:05:00.125Z

    """

  static let guide = """
    sarap-guide 1

    revision pilot
    date: unknown
    status: pilot
    note: The pilot wording is not published.

    question Q1
    kk: Бірінші
    en: First

    revision final
    date: 2023
    status: main

    question Q1
    kk: Жұмсақ күш саясатының рөлін қалай бағалайсыз?
    en: How do you assess the role of soft-power policy?
    note: reworded after the pilots

    question Q1а
    kk: Сұрақ
    en: Question
    replaces: Q3 Q4

    """

  static let description = """
    sarap-project 1
    title: Soft power in Kazakhstan: 15 expert interviews
    fact respondents: 15 | dissertation line 48
    fact pilot-wording: unknown
    description: free text
      continued on indented lines

    """
}
