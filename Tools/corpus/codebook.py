"""The inductive codebook of the bundled corpus: themes, codes, names, colours, definitions.

Themes follow chapter 3 of the dissertation; the codes under them were developed by reading all 75
quoted excerpts, and build.py refuses a code that no excerpt uses. Entries are in display order:
a theme, then its codes. A definition says when to apply the code and when not to.
"""

# (id, parent, Kazakh name, English name, colour, definition)
CODES = [
    # --- Russia -----------------------------------------------------------------------------
    ("russia", None, "Ресей", "Russia", "#AD1F1F",
     "Theme: Russia as a source of soft power in Kazakhstan. Applied to the whole of every excerpt "
     "the dissertation cites in its section on Russia (lines 1755-1779). Elsewhere, code the parts "
     "that speak about Russia with the russia.* codes instead of the theme. Do not apply to the "
     "Soviet Union as mere background."),
    ("russia.strong", "russia", "Ресей ықпалының күштілігі", "Strength of Russia's influence",
     "#881125",
     "Russia's influence described as strong, broad, the greatest in Kazakhstan, or weighing most "
     "in decisions. Apply to the words that rate or rank it. Not for a bare mention of Russia, and "
     "not for claims that the influence will last (russia.persistence)."),
    ("russia.history", "russia", "Ортақ тарих", "Shared imperial and Soviet past", "#882230",
     "Russia's attraction or influence traced to the Tsarist and Soviet past: common history, having "
     "been part of the USSR. Not for the respondent's own biography."),
    ("russia.language", "russia", "Орыс тілі", "Russian language", "#A81524",
     "The Russian language as a carrier of Russian influence: Russian-speaking audiences, an "
     "officialdom that thinks and speaks Russian, prestigious Russian-language schools. Not for "
     "Russian media content as such (russia.media)."),
    ("russia.media", "russia", "Ресейлік БАҚ", "Russian media and information space", "#A52933",
     "Russian television and the Russian information space reaching Kazakhstan; informational "
     "influence of or dependence on Russia."),
    ("russia.education", "russia", "Ресейдегі білім", "Education in Russia", "#C71921",
     "Kazakhstanis studying in Russia, the pull of Russian universities, and graduates or officials "
     "formed by Soviet or Russian education. Not for Kazakhstan's own education policy "
     "(defence.education-quality, kazakhstan.education)."),
    ("russia.economy", "russia", "Экономикалық тетіктер", "Russia's economic levers", "#C13032",
     "Russia's economic instruments and Kazakhstan's economic dependence on it, the Eurasian "
     "Economic Union, and Russia's economy as what drives or limits its influence."),
    ("russia.pressure", "russia", "Саяси-әскери қысым", "Political and military pressure",
     "#E3221F",
     "Political, military or diplomatic pressure from Russia and Kazakhstan's obligations as its "
     "ally: fear of aggression, dominance, objections to Kazakhstan's decisions (state language, a "
     "UN vote), 'peaceful expansion'. Apply to the words describing the pressure; for attraction "
     "use russia.values."),
    ("russia.values", "russia", "Консервативтік құндылықтар", "Conservative values and mentality",
     "#D04A44",
     "Russia's conservative values and a shared post-Soviet mentality that make its positions "
     "agreeable to Kazakh society or its leadership."),
    ("russia.insecurity", "russia", "Ресейдің ішкі үрейі", "Russia's insecurity", "#E74B3F",
     "Russia's conduct and soft power explained by its fear of collapse and its security "
     "anxieties."),
    ("russia.ukraine", "russia", "Украинадағы соғыс", "The war in Ukraine", "#D76D60",
     "The war in Ukraine and what follows from it for Kazakhstan: neutrality, sanctions, the UN "
     "vote, the war's cost to Russia's economy. Apply to the words about the war or its "
     "consequences."),
    ("russia.persistence", "russia", "Ықпалдың сақталуы", "Persistence of Russia's influence",
     "#EB715E",
     "Russia's influence will stay as it is, or at most weaken slightly: answers to whether it "
     "will change."),
    ("russia.self-defeating", "russia", "Өз беделіне нұқсан", "Russia's self-defeating soft power",
     "#DE8D7C",
     "Russia fails to use its soft-power potential or damages its own image, for example through "
     "hostile statements about Kazakhstan by Russian public figures."),
    # --- China ------------------------------------------------------------------------------
    ("china", None, "Қытай", "China", "#AD911F",
     "Theme: China as a source of soft power in Kazakhstan. Applied to the whole of every excerpt "
     "the dissertation cites in its section on China (lines 1780-1786), and to an excerpt its "
     "overview of actors (lines 1750-1754) cites for naming China. Elsewhere, code the parts about "
     "China with the china.* codes."),
    ("china.economy", "china", "Экономикалық әлеует", "China's economic power", "#885C11",
     "China's soft power as economic power: investment, economic potential, Kazakhstan's financial "
     "dependence on China. Not for study in China (china.education)."),
    ("china.education", "china", "Қытайдағы білім", "Education in China", "#AE8D2C",
     "Kazakhstanis studying in China (Hong Kong included) and China's educational offer as a "
     "channel of influence."),
    ("china.rising", "china", "Өсіп келе жатқан ықпал", "China's rising influence", "#E6CC34",
     "China's role named as growing, or as the factor to reckon with next after Russia."),
    ("china.wariness", "china", "Экспансиядан сақтану", "Wariness of Chinese expansion", "#DEDB7C",
     "Suspicion of China's intentions, such as 'peaceful expansion', as a reason to counterbalance "
     "it."),
    # --- The West ---------------------------------------------------------------------------
    ("west", None, "Батыс", "The West (USA, EU, international donors and organisations)", "#1F53AD",
     "Theme: the liberal democracies led by the USA, the EU and the international donors and "
     "organisations the dissertation links to them. Applied to the whole of every excerpt cited in "
     "its section on the West (lines 1787-1791). Elsewhere, code the parts about the West with the "
     "west.* codes. NGOs in general are channels.ngos, not the West."),
    ("west.usa", "west", "АҚШ", "The USA as soft power's home", "#115088",
     "The USA as the birthplace and main practitioner of soft power, and its interest in "
     "Kazakhstan."),
    ("west.values", "west", "Батыстық құндылықтар", "Western values", "#265C99",
     "Democracy, human rights, the rule of law and other 'Western values' as what the West promotes "
     "or what Western-educated Kazakhstanis bring home; also where respondents say such values "
     "clash with local culture (then together with limits.cultural-resistance)."),
    ("west.education", "west", "Батыста білім алу", "Education in the West", "#1961CD",
     "Kazakhstanis studying in Europe or the USA, including the Bolashak programme, and young "
     "people's wish to join the Western world."),
    ("west.intl-orgs", "west", "Халықаралық ұйымдар", "International organisations and donors",
     "#3E6FCF",
     "International organisations and donors, such as the World Bank, whose research and "
     "recommendations shape Kazakhstan's policy."),
    ("west.decline", "west", "Батыс ықпалының әлсіреуі", "Declining Western engagement", "#4B75E9",
     "Western, especially US, soft-power activity in Kazakhstan described as shrinking: fewer "
     "grants, less engagement."),
    ("west.goodwill", "west", "Батыстың жылы лебізі", "Western goodwill towards Kazakhstan",
     "#7C90DE",
     "Friendly statements about Kazakhstan by Europeans and Americans producing a favourable view "
     "of them, set against Russia's hostile voices."),
    # --- Turkey -----------------------------------------------------------------------------
    ("turkey", None, "Түркия", "Turkey", "#1FAD91",
     "Theme: Turkey as a source of soft power in Kazakhstan. Applied to the whole of every excerpt "
     "cited in the dissertation's section on Turkey (lines 1792-1793), and to an excerpt its "
     "overview of actors cites for naming Turkey. Elsewhere, code the parts about Turkey with the "
     "turkey.* codes."),
    ("turkey.education", "turkey", "Түрік білім ордалары", "Turkish-linked education", "#11885C",
     "Kazakh-Turkish lyceums (ҚТЛ, later Bilim-Innovation lyceums), the Kazakh-Turkish university, "
     "education in Turkey or in Turkish, and the graduates these formed."),
    ("turkey.culture", "turkey", "Мәдени-тілдік байланыс", "Cultural and language ties", "#7CDEDB",
     "Turkey's cultural ties, the Turkish language and tourism to Turkey as sources of its "
     "attraction."),
    # --- Other actors -----------------------------------------------------------------------
    ("other", None, "Басқа акторлар", "Other actors", "#491FAD",
     "Theme: actors other than Russia, China, the West and Turkey, which the dissertation finds to "
     "have limited influence (lines 1750-1754). Applied to the whole of excerpts that overview "
     "cites for such actors; elsewhere, code the parts naming them with the other.* codes."),
    ("other.islamic-world", "other", "Ислам әлемі", "Islamic world", "#211188",
     "Muslim countries, including the Gulf states, as an influence on Kazakhstan."),
    ("other.south-korea", "other", "Оңтүстік Корея", "South Korea", "#4B2CAE",
     "South Korea's influence: cultural trends, study grants."),
    ("other.uzbekistan", "other", "Өзбекстан", "Uzbekistan", "#7334E6",
     "Uzbekistan's influence or its absence: demography, ethnic Uzbeks, Uzbek music and film."),
    ("other.japan", "other", "Жапония", "Japan", "#AA7CDE",
     "Japan as a (potential) source of attraction."),
    # --- Decision-making --------------------------------------------------------------------
    ("decision", None, "Мемлекеттік шешімге ықпал", "Influence on state decision-making", "#9A1FAD",
     "Theme: how foreign soft power bears on Kazakhstan's state decisions. Applied to the whole of "
     "every excerpt cited in the dissertation's section on this (lines 1795-1806); elsewhere, code "
     "the parts about decisions with the decision.* codes."),
    ("decision.foreign-weighed", "decision", "Сыртқы ықпалды ескеру", "Foreign influence weighed",
     "#641188",
     "Decision-makers take foreign influence or the positions of major powers into account, often "
     "described as normal for any state. Not for concrete cases (decision.alphabet) or constraints "
     "from dependence (decision.constraints)."),
    ("decision.balance", "decision", "Теңгерім және сақтық", "Balance and prudence", "#8728A1",
     "Kazakhstan keeps external interests in balance and decides cautiously: the multi-vector "
     "policy, analysis of risks, expert groups, neutrality, not provoking a powerful neighbour."),
    ("decision.constraints", "decision", "Тәуелділіктен туған шектеулер",
     "Constraints from dependence", "#C41BDE",
     "Financial, economic or political dependence narrows the decisions Kazakhstan can take or "
     "forces decisions against its interests."),
    ("decision.elite-groups", "decision", "Элита топтары", "Foreign-formed elite groups", "#CE56D5",
     "Officials or graduates formed by a foreign country's education or culture (Russian-educated, "
     "Western-educated, Turkish-lyceum graduates, 'pro-Russian' or 'pro-Western' camps) who carry "
     "its standards into state decisions."),
    ("decision.alphabet", "decision", "Латын әліпбиі", "The Latin-alphabet decision", "#ED6EE9",
     "The postponed switch to the Latin alphabet given as an example of foreign influence on a "
     "decision."),
    # --- Defence ----------------------------------------------------------------------------
    ("defence", None, "Жұмсақ күштен қорғану шарттары", "Conditions for defence against soft power",
     "#1FAD23",
     "Theme: the conditions for protecting Kazakhstan from foreign soft power. Applied to the "
     "whole of every excerpt cited in the dissertation's section on this (lines 1807-1830); "
     "elsewhere, code the parts about defence with the defence.* codes."),
    ("defence.legitimacy", "defence", "Жұмсақ күштің заңдылығы", "Soft power is legitimate",
     "#218811",
     "Soft power is normal diplomacy, works through legal bilateral channels and cannot be shut "
     "out, which makes it hard to counter or to condemn."),
    ("defence.security-services", "defence", "Уәкілетті органдардың бақылауы",
     "Oversight by the authorised bodies", "#2E9926",
     "Authorised (security) bodies monitor foreign soft power and unlawful activity."),
    ("defence.identity", "defence", "Ұлттық бірегейлік", "National identity and culture", "#19CD19",
     "Countering soft power by developing national identity, culture, values and the Kazakh "
     "language, or by setting one's own ideas against foreign ideologies."),
    ("defence.counterweights", "defence", "Демографиялық және саяси теңгерім",
     "Demographic and political counterweights", "#3ECF48",
     "State measures read as counterweights to Russia's or China's influence: resettling Kazakhs "
     "to the north, moving the capital, the Latin script, closer ties with the Turkic world."),
    ("defence.education-quality", "defence", "Білім сапасын көтеру",
     "Raising domestic education quality", "#4BE960",
     "Raising the quality of Kazakhstan's own schools and universities so that foreign education "
     "loses its pull (Nazarbayev Intellectual Schools, Nazarbayev University, partnerships)."),
    ("defence.policy-gap", "defence", "Қарсы саясаттың анық еместігі", "Unclear counter-policy",
     "#7CDE90",
     "Doubt whether Kazakhstan has any clear policy against foreign soft power."),
    # --- Kazakhstan's own soft power --------------------------------------------------------
    ("kazakhstan", None, "Қазақстанның жұмсақ күші", "Kazakhstan's own soft power", "#1F91AD",
     "Theme: Kazakhstan's own soft power abroad. Applied to the whole of every excerpt cited in "
     "section 3.2 of the dissertation (lines 1832-1885); elsewhere, code such parts with the "
     "kazakhstan.* codes."),
    ("kazakhstan.values-diplomacy", "kazakhstan", "Бейбітшіл дипломатия",
     "Humanitarian values and peace diplomacy", "#118488",
     "Kazakhstan's humanitarian values and international stance: interfaith congresses, nuclear "
     "disarmament, the image of a peaceful state."),
    ("kazakhstan.language-culture", "kazakhstan", "Тіл мен мәдениетті насихаттау",
     "Promoting language and culture abroad", "#23868E",
     "Promoting the Kazakh language and culture abroad: Abai and Al-Farabi centres, translating "
     "Kazakh writers."),
    ("kazakhstan.diaspora", "kazakhstan", "Диаспора", "Kazakhs abroad and former compatriots",
     "#16A1B3",
     "Kazakhs living abroad, former citizens who emigrated, and the organisations that work with "
     "them, as a soft-power resource."),
    ("kazakhstan.resources", "kazakhstan", "Табиғи ресурстар", "Natural resources", "#2D9FB5",
     "Natural resources and raw materials as Kazakhstan's lever on other states."),
    ("kazakhstan.tourism", "kazakhstan", "Туризм", "Tourism", "#1BB7DE",
     "Tourism as a soft-power resource Kazakhstan should develop."),
    ("kazakhstan.turkic-world", "kazakhstan", "Түркі әлемі", "The Turkic world and Central Asia",
     "#42AED0",
     "Kazakhstan's place among Turkic states and its neighbours in Central Asia as the focus of "
     "its soft power."),
    ("kazakhstan.education", "kazakhstan", "Білім экспорты", "Education as Kazakhstan's offer",
     "#43B9E8",
     "Kazakhstan's universities abroad or with foreign partners, and grants for foreign students, "
     "as a soft-power instrument."),
    ("kazakhstan.public-figures", "kazakhstan", "Танымал тұлғалар", "Famous Kazakhstanis", "#69B5DA",
     "Internationally famous Kazakhstanis (Dimash Kudaibergen, Gennady Golovkin, …) carrying a "
     "positive image."),
    ("kazakhstan.shortfalls", "kazakhstan", "Кемшіліктер", "Shortfalls of Kazakhstan's soft power",
     "#6EBEED",
     "Weaknesses of Kazakhstan's own soft power: insufficient or formal efforts, organisations that "
     "achieve little, undefined values to offer, foreign students left unadapted, success owed to "
     "individuals rather than to the state."),
    # --- Channels ---------------------------------------------------------------------------
    ("channels", None, "Ықпал арналары", "Channels of influence", "#AD1F70",
     "Theme: the channels through which foreign soft power works (education, media, language, "
     "NGOs, economy, institutes). Coded on parts of excerpts only where no actor-specific code "
     "covers the channel: general statements, several actors at once, or an actor under 'other'. "
     "Russian media and language are russia.media and russia.language; Turkish lyceums are "
     "turkey.education."),
    ("channels.institutes", "channels", "Мәдени институттар", "Cultural institutes and centres",
     "#881168",
     "Cultural institutes and centres set up by foreign states or donors: Confucius Institutes, "
     "Goethe-Institut, American Corners, Russian Houses, British Council, Konrad Adenauer "
     "Foundation, Yunus Emre Institute."),
    ("channels.exchanges", "channels", "Алмасу бағдарламалары", "Exchanges and free offers",
     "#942570",
     "Exchanges and invitations for officials, entrepreneurs, artists, bloggers or students; free "
     "language courses, trips and projects."),
    ("channels.education", "channels", "Білім гранттары", "Education and study grants", "#C21882",
     "Study grants and education as a channel where no main actor's education code applies (for "
     "example South Korea, Hong Kong, or education in general)."),
    ("channels.ngos", "channels", "ҮЕҰ", "NGOs and civil society", "#C83287",
     "NGOs and internationally funded civil society as carriers of soft power, whoever funds them."),
    ("channels.economy", "channels", "Экономика", "Economic ties", "#E6348F",
     "Economic policy or trade as a channel of influence for an actor without its own economy code "
     "(for example the United Arab Emirates)."),
    ("channels.religion", "channels", "Дін", "Religion", "#D86398",
     "Religion as a channel of influence."),
    ("channels.loyalty", "channels", "Жақтастар ортасы", "Building a loyal constituency", "#ED6EA1",
     "Soft power aimed at building a constituency: an environment supporting the sponsor's policy, "
     "loyal attitudes, a positive opinion of the sponsor country."),
    # --- Vulnerability ----------------------------------------------------------------------
    ("vulnerability", None, "Осал факторлар", "Vulnerability factors", "#AD581F",
     "Theme: factors that expose Kazakhstan to foreign soft power. Applied to the whole of excerpts "
     "the dissertation cites under 'Жұмсақ күш үшін осал факторлар' (lines 1510-1569); elsewhere, "
     "code such parts with the vulnerability.* codes."),
    ("vulnerability.geography", "vulnerability", "Геосаяси орналасу", "Geopolitical location",
     "#882D11",
     "Kazakhstan's geographical and geopolitical position makes it an arena or target of soft "
     "powers."),
    ("vulnerability.education-quality", "vulnerability", "Білім сапасының төмендігі",
     "Low quality of domestic education", "#AE582C",
     "The low quality of education in Kazakhstan pushes students to study abroad."),
    ("vulnerability.rights-freedoms", "vulnerability", "Құқықтар мен бостандықтар",
     "Rights and freedoms as a weak point", "#E68534",
     "Human rights, freedom of speech and political or economic freedom named as Kazakhstan's "
     "weakest point, open to external influence."),
    ("vulnerability.indebtedness", "vulnerability", "Қарыздар сезімі", "A sense of indebtedness",
     "#DEB47C",
     "Citizens who feel indebted to foreign organisations for free courses, trips or projects and "
     "so come to support their views."),
    # --- Limits -----------------------------------------------------------------------------
    ("limits", None, "Жұмсақ күштің шектері", "Limits and ambivalence of soft power", "#8CAD1F",
     "Theme: where soft power meets limits or is not simply a threat. Applied, besides 'defence', "
     "to the whole of excerpts the dissertation cites for this at lines 1827-1828; elsewhere, code "
     "such parts with the limits.* codes."),
    ("limits.cultural-resistance", "limits", "Мәдени қарсылық", "Cultural resistance", "#808811",
     "Local culture and traditions that reject some foreign, mostly Western, values."),
    ("limits.transient", "limits", "Уақытша трендтер", "Transient trends", "#97AE2C",
     "Foreign cultural trends that were popular for a while and faded (Latin American soap operas, "
     "Uzbek music and film)."),
    ("limits.not-causal", "limits", "Тұтыну тартымдылық емес", "Consumption is not attraction",
     "#B3E634",
     "Consuming something foreign does not mean being attracted to the foreign state."),
    ("limits.benefits", "limits", "Оң салдар", "Benefits of soft power", "#B7DE7C",
     "Soft power judged positive because it brings change that benefits citizens."),
]
