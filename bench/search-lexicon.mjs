// The newsroom words of the search benchmark's generated corpus (bench/search-corpus.mjs), per language: sections
// and the words of their beats, general news words, cities for datelines, names for bylines and quotes, the
// agency and month names of wire datelines, and the sentences that carry planted facts ({E} is the fact's text).
// Hand-written for the benchmark; the bulk of every text comes from search-vocab.mjs's real word lists.
const w = (s) => s.trim().split(/\s+/);

const SECTION_SLUGS = ['world', 'politics', 'business', 'sport', 'science', 'technology', 'health', 'culture', 'environment', 'opinion'];
export const SECTION_WEIGHTS = [16, 14, 14, 14, 8, 9, 7, 8, 5, 5];

// { sections: names in SECTION_SLUGS order, topics: words per section slug, news, cities, first, last, agency,
//   months, wire(city, day, monthIndex, year), plant: sentences with {E} }
export const LEXICON = {
  en: {
    sections: w('World Politics Business Sport Science Technology Health Culture Environment Opinion'),
    topics: {
      world: w('embassy ceasefire border refugees summit diplomats sanctions treaty envoy troops coalition humanitarian'),
      politics: w('election parliament minister vote coalition opposition campaign ballot senator budget referendum cabinet'),
      business: w('shares profit inflation market investors merger earnings bank tariff exports quarter revenue'),
      sport: w('match goal league coach season championship striker tournament final referee injury stadium'),
      science: w('researchers study telescope species genome experiment physicists fossil laboratory climate particle orbit'),
      technology: w('software startup smartphone chip network privacy algorithm cloud platform encryption robots battery'),
      health: w('hospital vaccine patients doctors virus treatment clinic nurses outbreak trial cancer surgery'),
      culture: w('festival museum novel exhibition orchestra film director gallery theatre album poet premiere'),
      environment: w('emissions drought wildlife forest flooding pollution solar glacier carbon rainfall coastline habitat'),
      opinion: w('argue should debate reform future voters readers policy generation crisis values columnist'),
    },
    news: w(`said government officials police report people year week country city minister president according told
      percent million new former spokesman statement thursday monday tuesday wednesday friday weekend region local
      national public state agency authorities announced plans group company workers children families court case`),
    cities: w('LONDON WASHINGTON BRUSSELS NAIROBI SYDNEY TORONTO MUMBAI GENEVA DUBLIN CHICAGO SINGAPORE JOHANNESBURG OTTAWA AUCKLAND BOSTON'),
    first: w('James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Susan Richard Jessica Thomas Sarah Daniel Karen Ahmed Priya'),
    last: w('Smith Johnson Brown Taylor Wilson Davies Evans Thomas Roberts Walker Wright Thompson White Hughes Edwards Green Hall Wood Harris Clarke'),
    agency: 'Reuters',
    months: w('January February March April May June July August September October November December'),
    wire: (c, d, m, y, L) => `${c}, ${L.months[m]} ${d}, ${y} (${L.agency}) -`,
    plant: ['{E} said the figures would be published next week.', 'Officials at {E} declined to comment on the report.',
      'The talks were first reported by {E} on Monday.', 'A statement from {E} said the decision was final.',
      'According to {E}, the plan had been discussed for months.', 'Critics of {E} called for an independent review.'],
  },
  ru: {
    sections: w('Мир Политика Экономика Спорт Наука Технологии Здоровье Культура Экология Мнения'),
    topics: {
      world: w('посольство перемирие граница беженцы саммит дипломаты санкции договор посол войска'),
      politics: w('выборы парламент министр голосование оппозиция кампания бюджет референдум депутаты правительство'),
      business: w('акции прибыль инфляция рынок инвесторы слияние банк пошлины экспорт выручка'),
      sport: w('матч гол лига тренер сезон чемпионат нападающий турнир финал судья стадион'),
      science: w('исследователи телескоп виды геном эксперимент физики лаборатория климат орбита'),
      technology: w('программы смартфон чипы сеть алгоритм облако платформа шифрование роботы аккумулятор'),
      health: w('больница вакцина пациенты врачи вирус лечение клиника вспышка испытания хирургия'),
      culture: w('фестиваль музей роман выставка оркестр фильм режиссер галерея театр премьера'),
      environment: w('выбросы засуха леса наводнение загрязнение ледник углерод осадки побережье'),
      opinion: w('реформа будущее избиратели читатели политика поколение кризис ценности'),
    },
    news: w('сообщил заявил правительство чиновники полиция год неделя страна город министр президент процентов миллионов новый понедельник вторник среду четверг пятницу регион власти компания суд'),
    cities: w('МОСКВА ТОМСК НОВОСИБИРСК КАЗАНЬ САМАРА ЕКАТЕРИНБУРГ ВЛАДИВОСТОК ИРКУТСК ОМСК ПЕРМЬ'),
    first: w('Александр Анна Сергей Мария Дмитрий Елена Андрей Ольга Игорь Наталья Михаил Татьяна'),
    last: w('Иванов Смирнова Кузнецов Попова Соколов Лебедева Козлов Новикова Морозов Волкова Белов Орлова'),
    agency: 'ТАСС',
    months: w('января февраля марта апреля мая июня июля августа сентября октября ноября декабря'),
    wire: (c, d, m, y, L) => `${c}, ${d} ${L.months[m]} ${y}. /${L.agency}/.`,
    plant: ['Об этом сообщили в {E} в понедельник.', 'Представители {E} отказались от комментариев.',
      'По данным {E}, решение было принято заранее.', 'Как отметили в {E}, работа продолжится летом.'],
  },
  de: {
    sections: w('Welt Politik Wirtschaft Sport Wissenschaft Technik Gesundheit Kultur Umwelt Meinung'),
    topics: {
      world: w('Botschaft Waffenruhe Grenze Flüchtlinge Gipfel Diplomaten Sanktionen Vertrag Truppen'),
      politics: w('Wahl Bundestag Minister Abstimmung Koalition Opposition Wahlkampf Haushalt Kanzler'),
      business: w('Aktien Gewinn Inflation Markt Anleger Fusion Bank Zölle Export Umsatz'),
      sport: w('Spiel Tor Liga Trainer Saison Meisterschaft Stürmer Turnier Finale Schiedsrichter Stadion'),
      science: w('Forscher Studie Teleskop Arten Genom Experiment Physiker Labor Klima Umlaufbahn'),
      technology: w('Software Smartphone Chips Netz Datenschutz Algorithmus Plattform Verschlüsselung Roboter Akku'),
      health: w('Krankenhaus Impfstoff Patienten Ärzte Virus Behandlung Klinik Ausbruch Studie Operation'),
      culture: w('Festival Museum Roman Ausstellung Orchester Film Regisseur Galerie Theater Premiere'),
      environment: w('Emissionen Dürre Wald Hochwasser Verschmutzung Solar Gletscher Kohlenstoff Küste'),
      opinion: w('Reform Zukunft Wähler Leser Politik Generation Krise Werte'),
    },
    news: w('sagte erklärte Regierung Behörden Polizei Jahr Woche Land Stadt Minister Präsident Prozent Millionen neue Montag Dienstag Mittwoch Donnerstag Freitag Region Unternehmen Gericht'),
    cities: w('Berlin Hamburg München Köln Frankfurt Stuttgart Dresden Leipzig Wien Zürich'),
    first: w('Thomas Anna Michael Julia Andreas Katharina Stefan Laura Markus Sabine Jürgen Monika'),
    last: w('Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Köhler Krüger'),
    agency: 'dpa',
    months: w('Januar Februar März April Mai Juni Juli August September Oktober November Dezember'),
    wire: (c, d, m, y, L) => `${c}, ${d}. ${L.months[m]} ${y} (${L.agency}) -`,
    plant: ['Das teilte {E} am Montag mit.', 'Ein Sprecher von {E} wollte sich nicht äußern.',
      'Nach Angaben von {E} war die Entscheidung lange geplant.', 'Kritiker von {E} forderten eine Untersuchung.'],
  },
  fr: {
    sections: w('Monde Politique Économie Sport Sciences Technologie Santé Culture Environnement Opinions'),
    topics: {
      world: w('ambassade cessez-le-feu frontière réfugiés sommet diplomates sanctions traité troupes'),
      politics: w('élection assemblée ministre vote coalition opposition campagne budget référendum gouvernement'),
      business: w('actions bénéfice inflation marché investisseurs fusion banque tarifs exportations chiffre'),
      sport: w('match but championnat entraîneur saison tournoi finale arbitre stade attaquant'),
      science: w('chercheurs étude télescope espèces génome expérience physiciens laboratoire climat orbite'),
      technology: w('logiciel smartphone puces réseau algorithme plateforme chiffrement robots batterie'),
      health: w('hôpital vaccin patients médecins virus traitement clinique épidémie essai chirurgie'),
      culture: w('festival musée roman exposition orchestre film réalisateur galerie théâtre première'),
      environment: w('émissions sécheresse forêt inondations pollution solaire glacier carbone littoral'),
      opinion: w('réforme avenir électeurs lecteurs politique génération crise valeurs'),
    },
    news: w('a déclaré gouvernement autorités police année semaine pays ville ministre président pour cent millions nouveau lundi mardi mercredi jeudi vendredi région entreprise tribunal'),
    cities: w('PARIS LYON MARSEILLE BORDEAUX TOULOUSE NANTES LILLE GENÈVE BRUXELLES MONTRÉAL'),
    first: w('Jean Marie Pierre Sophie Nicolas Camille François Claire Julien Élodie Antoine Hélène'),
    last: w('Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Lefèvre Girard'),
    agency: 'AFP',
    months: w('janvier février mars avril mai juin juillet août septembre octobre novembre décembre'),
    wire: (c, d, m, y, L) => `${c}, ${d} ${L.months[m]} ${y} (${L.agency}) -`,
    plant: ['{E} a confirmé la nouvelle lundi.', 'Un porte-parole de {E} n’a pas souhaité commenter.',
      'Selon {E}, la décision avait été prise depuis longtemps.', 'Les critiques de {E} réclament une enquête.'],
  },
  es: {
    sections: w('Mundo Política Economía Deportes Ciencia Tecnología Salud Cultura Medioambiente Opinión'),
    topics: {
      world: w('embajada tregua frontera refugiados cumbre diplomáticos sanciones tratado tropas'),
      politics: w('elecciones congreso ministro votación coalición oposición campaña presupuesto referéndum gobierno'),
      business: w('acciones beneficios inflación mercado inversores fusión banco aranceles exportaciones ingresos'),
      sport: w('partido gol liga entrenador temporada campeonato delantero torneo final árbitro estadio'),
      science: w('investigadores estudio telescopio especies genoma experimento físicos laboratorio clima órbita'),
      technology: w('software teléfono chips red privacidad algoritmo plataforma cifrado robots batería'),
      health: w('hospital vacuna pacientes médicos virus tratamiento clínica brote ensayo cirugía'),
      culture: w('festival museo novela exposición orquesta película director galería teatro estreno'),
      environment: w('emisiones sequía bosque inundaciones contaminación solar glaciar carbono costa'),
      opinion: w('reforma futuro votantes lectores política generación crisis valores'),
    },
    news: w('dijo afirmó gobierno autoridades policía año semana país ciudad ministro presidente por ciento millones nuevo lunes martes miércoles jueves viernes región empresa tribunal'),
    cities: w('Madrid Barcelona Sevilla Valencia Bilbao Málaga Zaragoza México Bogotá Lima'),
    first: w('José María Antonio Carmen Manuel Lucía Javier Elena Carlos Isabel Miguel Pilar'),
    last: w('García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Ruiz Díaz Muñoz'),
    agency: 'EFE',
    months: w('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'),
    wire: (c, d, m, y, L) => `${c}, ${d} de ${L.months[m]} de ${y} (${L.agency}).-`,
    plant: ['{E} confirmó la noticia el lunes.', 'Un portavoz de {E} declinó hacer comentarios.',
      'Según {E}, la decisión se tomó hace meses.', 'Los críticos de {E} pidieron una investigación.'],
  },
  ja: {
    sections: w('国際 政治 経済 スポーツ 科学 テクノロジー 健康 文化 環境 オピニオン'),
    topics: {
      world: w('大使館 停戦 国境 難民 首脳会談 外交官 制裁 条約'),
      politics: w('選挙 国会 大臣 投票 連立 野党 予算 内閣'),
      business: w('株価 利益 物価 市場 投資家 合併 銀行 輸出'),
      sport: w('試合 得点 リーグ 監督 シーズン 選手権 決勝 球場'),
      science: w('研究者 望遠鏡 遺伝子 実験 物理学者 化石 研究所 気候'),
      technology: w('ソフトウェア スマートフォン 半導体 通信網 暗号化 ロボット 電池'),
      health: w('病院 ワクチン 患者 医師 ウイルス 治療 感染 手術'),
      culture: w('映画祭 美術館 小説 展覧会 楽団 監督 劇場 初演'),
      environment: w('排出量 干ばつ 森林 洪水 汚染 太陽光 氷河 海岸'),
      opinion: w('改革 将来 有権者 読者 政策 世代 危機'),
    },
    news: w('政府 関係者 警察 発表 今年 先週 東京 首相 大統領 百万 会社 裁判所 明らかにした 述べた'),
    cities: w('東京 大阪 京都 札幌 福岡 名古屋 神戸 横浜'),
    first: w('太郎 花子 健一 美咲 翔太 陽子 大輔 恵子'),
    last: w('佐藤 鈴木 高橋 田中 渡辺 伊藤 山本 中村'),
    plant: ['{E}は月曜日に発表した。', '{E}の担当者はコメントを控えた。', '{E}によると、計画は数か月前から検討されていた。'],
  },
  zh: {
    sections: w('国际 政治 财经 体育 科学 科技 健康 文化 环境 评论'),
    topics: {
      world: w('大使馆 停火 边境 难民 峰会 外交官 制裁 条约'),
      politics: w('选举 议会 部长 投票 联盟 反对派 预算 内阁'),
      business: w('股价 利润 通胀 市场 投资者 合并 银行 出口'),
      sport: w('比赛 进球 联赛 教练 赛季 锦标赛 决赛 球场'),
      science: w('研究人员 望远镜 基因组 实验 物理学家 化石 实验室 气候'),
      technology: w('软件 智能手机 芯片 网络 加密 机器人 电池'),
      health: w('医院 疫苗 患者 医生 病毒 治疗 诊所 手术'),
      culture: w('电影节 博物馆 小说 展览 乐团 导演 剧院 首演'),
      environment: w('排放 干旱 森林 洪水 污染 太阳能 冰川 海岸'),
      opinion: w('改革 未来 选民 读者 政策 一代 危机'),
    },
    news: w('政府 官员 警方 报道 今年 上周 北京 总理 总统 百万 公司 法院 表示 宣布'),
    cities: w('北京 上海 广州 深圳 成都 杭州 武汉 南京'),
    first: w('伟 芳 娜 敏 静 强 磊 洋'),
    last: w('王 李 张 刘 陈 杨 黄 赵'),
    plant: ['{E}周一宣布了这一消息。', '{E}的发言人拒绝置评。', '据{E}称，该计划已经讨论了几个月。'],
  },
};

export function sectionOf(lang, index) {
  return { slug: SECTION_SLUGS[index], name: LEXICON[lang].sections[index] };
}
export const SECTION_COUNT = SECTION_SLUGS.length;

// A person's name as the language writes it: "First Last", or family name first without a space in Chinese and
// Japanese.
export function personName(lang, first, last) {
  return lang === 'ja' || lang === 'zh' ? `${last}${first}` : `${first} ${last}`;
}
