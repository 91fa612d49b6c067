/// Kazakhstan's regions and cities in Kazakh, Russian and English, for the `place` rule.
///
/// Source: written for Sarap from general knowledge of Kazakhstan's administrative division as
/// reformed in 2022 (17 regions and the three cities of republican significance, Astana, Almaty
/// and Shymkent), plus the other large towns and the names in common use before renamings
/// (Nur-Sultan, Kapshagay, Ust-Kamenogorsk). It is not an official register, and it lists no
/// villages or districts (the `area` rule finds `… ауданы`, `… ауылы`). Each line: the kind
/// (`region` or `city`), then its names separated by `|`. A region named after its city
/// (Ақтөбе, Атырау) is listed once, as a city.
enum KazakhstanPlaces {
  static let data = """
    region|Ақмола|Акмолинская|Akmola
    region|Батыс Қазақстан|Западно-Казахстанская|West Kazakhstan
    region|Жамбыл|Жамбылская|Zhambyl|Jambyl
    region|Жетісу|Жетысуская|Zhetysu
    region|Маңғыстау|Мангистау|Мангыстау|Mangystau|Mangistau
    region|Солтүстік Қазақстан|Северо-Казахстанская|North Kazakhstan
    region|Шығыс Қазақстан|Восточно-Казахстанская|East Kazakhstan
    region|Ұлытау|Улытау|Ulytau
    region|Алматинская|Almaty Region
    region|Карагандинская|Костанайская|Кызылординская|Павлодарская|Туркестанская|Актюбинская|Атырауская
    city|Астана|Нұр-Сұлтан|Нур-Султан|Целиноград|Astana|Nur-Sultan
    city|Алматы|Алма-Ата|Almaty|Alma-Ata
    city|Шымкент|Shymkent|Chimkent
    city|Қарағанды|Караганда|Караганды|Karaganda|Qaraghandy
    city|Ақтөбе|Актобе|Актюбинск|Aktobe|Aqtobe
    city|Тараз|Taraz
    city|Павлодар|Pavlodar
    city|Өскемен|Усть-Каменогорск|Oskemen|Ust-Kamenogorsk
    city|Семей|Семипалатинск|Semey|Semipalatinsk
    city|Атырау|Atyrau
    city|Қостанай|Костанай|Kostanay|Kostanai
    city|Қызылорда|Кызылорда|Kyzylorda
    city|Орал|Уральск|Oral|Uralsk
    city|Петропавл|Петропавловск|Petropavl|Petropavlovsk
    city|Ақтау|Актау|Aktau
    city|Түркістан|Туркестан|Turkistan|Turkestan
    city|Талдықорған|Талдыкорган|Taldykorgan
    city|Көкшетау|Кокшетау|Kokshetau
    city|Екібастұз|Экибастуз|Ekibastuz
    city|Теміртау|Темиртау|Temirtau
    city|Жезқазған|Жезказган|Zhezkazgan
    city|Қонаев|Конаев|Konaev|Қапшағай|Капчагай|Kapchagay
    city|Байқоңыр|Байконур|Baikonur|Baikonyr
    city|Балқаш|Балхаш|Balkhash
    city|Жаңаөзен|Жанаозен|Zhanaozen
    city|Кентау|Kentau
    city|Рудный|Rudny
    city|Сәтбаев|Сатпаев|Satbayev|Satpayev
    city|Степногорск|Stepnogorsk
    city|Риддер|Ridder
    city|Щучинск|Shchuchinsk
    city|Арқалық|Аркалык|Arkalyk
    city|Қаскелең|Каскелен|Kaskelen
    city|Есік|Иссык|Esik|Issyk
    city|Талғар|Талгар|Talgar
    """

  /// Every name, lower-cased, with its dictionary form and kind.
  ///
  /// A Russian name ending in `а`
  /// or `я` is also listed without it, so that `Астане` and `Караганде` are found.
  static let index: [String: (name: String, kind: IdentifierKind)] = {
    var index: [String: (name: String, kind: IdentifierKind)] = [:]
    for line in data.split(separator: "\n") {
      let fields = line.split(separator: "|").map(String.init)
      let kind: IdentifierKind = fields[0] == "region" ? .region : .city
      for name in fields.dropFirst() {
        index[name.lowercased()] = (name, kind)
        if let last = name.last, "ая".contains(last), !name.contains(" ") {
          index[String(name.dropLast()).lowercased(), default: (name, kind)] = (name, kind)
        }
      }
    }
    return index
  }()

  /// The number of words in the longest name.
  static let longestName = index.keys.map { $0.split(separator: " ").count }.max() ?? 1
}
