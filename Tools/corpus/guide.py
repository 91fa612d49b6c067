"""The interview guide: where it is in the dissertation and English translations of its questions.

The Kazakh wording is never typed here: build.py reads it from the dissertation (lines 2221-2247)
and checks that the question ids below match what it finds there.
"""

# The appendix title "Тереңдетілген сұхбат әдісі бойынша қойылған сұрақтар тізімі".
TITLE_LINE = 2219
FIRST_LINE = 2221
LAST_LINE = 2247

REVISION_ID = "final"
REVISION_NOTE = (
    "The interview guide printed in the dissertation's appendix (list titled at line 2219, "
    "questions on lines 2221-2247), used in the main round of 15 interviews. The questions were "
    "revised after two pilot interviews (dissertation line 50); the pilot wording is not "
    "published, so no pilot revision is recorded here. Kazakh wording verbatim, including the "
    "double spaces where the printed list appears to have lost a comma or a slash."
)

# English translations, by question id (Kazakh letters а U+0430 and ә U+04D9).
ENGLISH = {
    "Q1": "How do you assess the role of soft-power policy in international politics?",
    "Q1\u0430": "Compared with methods of influence such as military attack and economic pressure, "
    "what influence does soft-power policy have?",
    "Q1\u04d9": "Can you describe in detail some examples of influence exerted through soft power?",
    "Q2": "Is there a soft-power policy of foreign countries or external forces in Kazakhstan? "
    "If so, could you set out your thoughts on them in more detail?",
    "Q2\u0430": "Which states, specifically, do you think have soft power with great influence in "
    "Kazakhstan?",
    "Q2\u04d9": "In the global context or the geopolitical situation, to what extent is Kazakhstan "
    "a target of soft-power policy?",
    "Q3": "What do you think is the influence of foreign soft-power policy on Kazakhstan?",
    "Q3\u0430": "Could you give examples of the positive or negative influence soft power has had "
    "on Kazakhstan?",
    "Q3\u04d9": "Through which instruments, means or channels do you think soft power influences "
    "the country?",
    "Q4": "Could you talk about the factors that open the way to the soft-power policies "
    "affecting Kazakhstan?",
    "Q4\u0430": "Do reasons such as openness in foreign policy, internal ideological immunity or "
    "borders that are not secure belong here? What other factors would you name?",
    "Q4\u04d9": "Does Kazakhstan have a concrete ideological or legal policy or stance against "
    "soft-power policy? Please substantiate where you can.",
    "Q5": "Given the current geopolitical situation in the world, which states' soft power may "
    "grow stronger in Kazakhstan in the future, and how would you characterise it?",
    "Q5\u0430": "Will Russia's influence grow stronger because of the situation in Ukraine? "
    "Your opinion as an expert.",
    "Q5\u04d9": "Which states' soft-power policies are likely to gain momentum in the future? "
    "China, the USA, Turkey, Japan, Islamic countries, etc.",
    "Q6": "What measures do you think Kazakhstan should take against the soft-power policies of "
    "foreign countries? Is such concrete work being done now?",
    "Q6\u0430": "In general, should Kazakhstan take measures against soft-power policy coming from "
    "abroad? If so, which?",
    "Q6\u04d9": "Should soft power be answered with soft power, or do methods such as hard power or "
    "prohibition by law also give results?",
    "Q7": "What do you think of Kazakhstan's soft-power policy in foreign policy? Does it exist? "
    "Where is it visible? If it does not exist, what should it be like?",
    "Q7\u0430": "Which instruments do you consider necessary for Kazakhstan's soft-power policy in "
    "foreign policy?",
    "Q7\u04d9": "Could Kazakhstan's use of soft-power instruments in foreign policy harm the "
    "country's reputation or image? Please give examples.",
}
