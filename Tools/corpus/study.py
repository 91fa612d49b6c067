"""Study-level facts for Codebooks/project.txt, each with the dissertation line that states it."""

TITLE = "Soft power in Kazakhstan: 15 expert interviews"

# (name, value, dissertation line); values must not contain " | ".
FACTS = [
    ("respondents", "15", 48),
    ("state-service-experience", "5 of the 15 had served in various branches of state service", 48),
    ("other-respondents", "10 experts working in science, public organisations, education and other fields", 48),
    ("interview-mode", "about half agreed to meet in person or talk online; the rest agreed only to answer in writing and asked for the questions in advance", 48),
    ("expert-profile", "the author first sought experienced specialists who had held responsible posts in the Presidential Administration, the national security bodies and the diplomatic service abroad", 46),
    ("expert-profile-others", "also foreign scholars, specialists in international relations and political science, and people working in education, culture and NGOs", 47),
    ("confidentiality", "no state secrets or closed information were shared; respondents gave their subjective views", 48),
    ("consent", "respondents were told the aims, scope and main content of the questions beforehand and decided whether to take part", 49),
    ("anonymisation", "participants' registration data were hidden and interview data stored separately", 49),
    ("interview-format", "semi-structured in-depth interviews with open questions drafted after a review of the literature", 50),
    ("pilot-interviews", "2, before the main round: one with a scholar who checked the method, one with a senior official experienced in security and ideology who checked whether respondents could answer", 50),
    ("questions-revised", "after the pilots, changes and corrections were made to the content of the questions before the main interviews", 50),
    ("analysis", "transcripts analysed by hand because the sample was small; codes developed inductively", 50),
]

DESCRIPTION = (
    "The bundled Sarap project. A Kazakh doctoral dissertation on soft power and Kazakhstan "
    "interviewed 15 anonymised experts; the full transcripts are not published. What is "
    "published is the 75 passages chapter 3 quotes verbatim, each followed by the respondent's "
    "number. Each transcript here holds every passage quoted from one respondent, placed under "
    "the interview-guide question it most plausibly answers, with the dissertation line it "
    "comes from. Nothing is invented: see Transcripts/README.md. The participant table (Кесте "
    "Ә.1, line 2248) lost its rows in this copy of the dissertation, so no respondent's profile "
    "is known from it."
)
