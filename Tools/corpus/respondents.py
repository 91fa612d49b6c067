"""What the dissertation says about individual respondents, and notes on how their excerpts print.

Every transcript carries the same attribute names so that reports can break down by them. A value
is recorded only where the dissertation states it for that respondent, with the line; everything
else is `unknown`. Study-level facts (5 of 15 with state-service experience, about half
interviewed in person or online) are in Codebooks/project.txt, never spread onto respondents.

MEMOS hold what concerns a respondent as a whole (one string per paragraph); notes on how a single
excerpt is printed live with the excerpt in placements.py and are added to the memo by build.py.
`{E:N}` stands for the id of this respondent's excerpt on dissertation line N.
"""

ATTRIBUTE_NAMES = ["sector", "state-service", "interview-mode", "studied-abroad"]

# respondent -> {attribute: (value, dissertation line)}
KNOWN = {
    7: {"studied-abroad": ("Russia", 1767)},
}

MEMOS = {
    1: [
        "In {E:1823} the respondent says 'Біз бұл мәселеде [жұмсақ күшпен] жұмыс істеп жатырмыз' "
        "(we are working on this); the dissertation does not say who 'we' are, so no attribute "
        "is inferred from it.",
    ],
    7: [
        "studied-abroad: the respondent says 'мен Ресейде оқып жүрген кезде' (when I was studying "
        "in Russia) at line 1767; at line 1775 the dissertation introduces this respondent's quote "
        "as that of 'Ресейде білім алған сарапшы' (an expert educated in Russia).",
    ],
    10: [
        "At line 1820 the dissertation introduces this respondent's quote after 'сарапшылар, "
        "әсіресе білім саласындағы респонденттер' (experts, especially respondents in "
        "education). That does not state this respondent's sector, so sector stays unknown.",
    ],
}
