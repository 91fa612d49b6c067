import SarapCore
import SarapEngine
import Testing

/// Every anonymisation rule on sentences in Kazakh, Russian and English.
///
/// What it finds (as `rule:text`), and the near misses it must leave alone. Names, places and
/// bodies are invented.
@Suite("Anonymisation rules: hits and near misses in three languages")
struct AnonymisationRuleTests {
  /// The candidates of a text, as `rule:text`.
  static func found(_ text: String, list: AnonymisationList = .init()) -> [String] {
    let transcript = Transcript(id: "T1", body: TranscriptText(text))
    return AnonymisationScan.candidates(in: transcript, list: list).map {
      "\($0.rule.rawValue):\($0.text)"
    }
  }

  @Test(
    "patronymics, with the names beside them",
    arguments: [
      ("Оның аты Ерболат Сағынтайұлы еді.", ["patronymic:Ерболат Сағынтайұлы"]),
      ("Мен Айгүл Сейтқызының інісімін.", ["patronymic:Айгүл Сейтқызы"]),
      ("Звали его Тимур Ерланович Баймаганбетов.", ["patronymic:Тимур Ерланович Баймаганбетов"]),
      ("We met Asel Nurlankyzy there.", ["patronymic:Asel Nurlankyzy"]),
    ])
  func patronymics(_ text: String, _ expected: [String]) {
    #expect(Self.found(text) == expected)
  }

  @Test(
    "surnames inside a sentence or beside a name; a country or a sentence's first word is not one",
    arguments: [
      ("Бізге Қозыбаевтың кітабы ұнады.", ["surname:Қозыбаев"]),
      ("Потом пришла Иванова и всё объяснила.", ["surname:Иванова"]),
      ("I asked Daniyar Oskenbayev about it.", ["surname:Daniyar Oskenbayev"]),
      ("Украинадағы соғыс бәрін өзгертті.", []),
      ("Готов ответить на вопросы.", []),
      ("Біз Ресейдің ықпалын сеземіз.", []),
    ])
  func surnames(_ text: String, _ expected: [String]) {
    #expect(Self.found(text) == expected)
  }

  @Test(
    "initials before or after a surname",
    arguments: [
      ("Оны М. Қозыбаев жазған.", ["initials:М. Қозыбаев"]),
      ("Автор статьи Петров Е.К. подтвердил.", ["initials:Петров Е.К."]),
      ("Our rector Prof. A. Beisenova helped.", ["title:rector", "initials:A. Beisenova"]),
      ("Бұл А. деп белгіленген.", []),
    ])
  func initials(_ text: String, _ expected: [String]) {
    #expect(Self.found(text) == expected)
  }

  @Test(
    "capitalised words inside a sentence; well-known names, acronyms and first words are not",
    arguments: [
      ("Кеше Асқар келді.", ["capitalised:Асқар"]),
      ("Я говорил с Мариной вчера.", ["surname:Мариной"]),
      ("Вчера позвонил Асхат, потом ушёл.", ["capitalised:Асхат"]),
      ("Yesterday I met Aidana Zhunus at work.", ["capitalised:Aidana Zhunus"]),
      ("Біз Қытай мен Ресей туралы, АҚШ-тың ықпалы туралы айттық.", []),
      ("Россия и Китай здесь ни при чём.", []),
      ("The European Union and Turkey were mentioned.", []),
    ])
  func capitalised(_ text: String, _ expected: [String]) {
    #expect(Self.found(text) == expected)
  }

  @Test(
    "organisations with their names; a bare word is not one",
    arguments: [
      (
        "Мен Ақжелкен Ұлттық Зерттеу Институтында істедім.",
        ["organisation:Ақжелкен Ұлттық Зерттеу Институтында"]
      ),
      ("Грантты «Айдарлы» қоры берді.", ["organisation:«Айдарлы» қоры"]),
      (
        "Ол Америка Құрама Штаттарының Аризона аграрлық университетімен байланысты.",
        ["organisation:Аризона аграрлық университетімен"]
      ),
      (
        "Он работал в Институте прикладной лингвистики до пенсии.",
        ["organisation:Институте прикладной лингвистики"]
      ),
      ("She studied at the University of Zhelkuat.", ["organisation:University of Zhelkuat"]),
      ("The Tenir Steppe Foundation paid.", ["organisation:Tenir Steppe Foundation"]),
      ("Мен университетте оқыдым, қорғаныс туралы жаздым.", []),
      ("Он много лет работал в институте.", []),
      ("I went to university in the capital.", []),
    ])
  func organisations(_ text: String, _ expected: [String]) {
    #expect(Self.found(text) == expected)
  }

  @Test(
    "Kazakhstani places on the list and names of areas; other places and common words are not",
    arguments: [
      ("Мен Алматыда тұрамын.", ["place:Алматы"]),
      ("Я родилась в Павлодаре, живу в Астане.", ["place:Павлодаре", "place:Астане"]),
      ("I grew up in Shymkent.", ["place:Shymkent"]),
      ("Ол Ақшатырқұм ауылында туған.", ["area:Ақшатырқұм"]),
      ("Он из Карасайского района, как и я.", ["area:Карасайского"]),
      ("Мен Мәскеуде оқыдым, Қазақстанға оралдым.", []),
      ("Ол қалай ойлайды, білмеймін.", []),
    ])
  func places(_ text: String, _ expected: [String]) {
    #expect(Self.found(text) == expected)
  }

  @Test(
    "dates with a day and a month; a year or a holiday alone is not one",
    arguments: [
      ("Біз 2019 жылғы 14 наурызда кездестік.", ["date:2019 жылғы 14 наурыз"]),
      ("Интервью записано 3 марта 2022 года.", ["date:3 марта 2022"]),
      ("We met on March 12, 2021.", ["date:March 12, 2021"]),
      ("Дата: 12.03.2021, затем 2021-03-15.", ["date:12.03.2021", "date:2021-03-15"]),
      ("Наурыз мерекесі 2015 жылы өтті.", []),
      ("In 2019-2021 we had 12 meetings.", []),
    ])
  func dates(_ text: String, _ expected: [String]) {
    #expect(Self.found(text) == expected)
  }

  @Test(
    "ages and years of service; years ago are neither",
    arguments: [
      ("Мен 47 жастамын.", ["age:47"]),
      ("Мне 52 года.", ["age:52"]),
      ("I am 39 years old, a 39-year-old.", ["age:39", "age:39"]),
      ("Мен 18 жыл жұмыс істедім.", ["service:18"]),
      ("Стаж 25 лет.", ["service:25"]),
      ("I have 12 years of experience.", ["service:12"]),
      ("Бұл 20 жыл бұрын болды.", []),
      ("Это было 20 лет назад.", []),
      ("That was 20 years ago.", []),
    ])
  func numbers(_ text: String, _ expected: [String]) {
    #expect(Self.found(text) == expected)
  }

  @Test(
    "e-mail addresses and phone numbers; sums and spans of years are not",
    arguments: [
      ("Жазыңыз: erbolat.s@example.kz, рақмет.", ["email:erbolat.s@example.kz"]),
      ("Звоните 8 (727) 355-12-34 днём.", ["phone:8 (727) 355-12-34"]),
      ("Phone +7 701 555 12 34 please.", ["phone:+7 701 555 12 34"]),
      ("Бюджеті 1 000 000 теңге, 2019-2021 жылдары.", []),
      ("Write to me @ the office.", []),
    ])
  func contacts(_ text: String, _ expected: [String]) {
    #expect(Self.found(text) == expected)
  }

  @Test(
    "posts with one holder; the plural and the ministry are not",
    arguments: [
      ("Ол министрдің орынбасары болды.", ["title:министрдің орынбасары"]),
      ("Раньше она была заместителем министра.", ["title:заместителем министра"]),
      ("I was deputy minister then.", ["title:deputy minister"]),
      ("Министрлер келді, министрлікте жиналыс болды.", []),
    ])
  func titles(_ text: String, _ expected: [String]) {
    #expect(Self.found(text) == expected)
  }

  @Test("the project list: an always term is found as a word, a never term is dropped")
  func projectList() {
    let list = AnonymisationList(
      always: [.init(text: "dakesh", kind: .person)], never: ["Reading Club"])
    #expect(
      Self.found("They called me dakesh, not dakeshka. Ask the Reading Club.", list: list)
        == ["always:dakesh"])
  }
}
