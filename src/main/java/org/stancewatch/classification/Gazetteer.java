package org.stancewatch.classification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names of states, state groups and their adjectives / demonyms, per language, so that the learned layer never sees
 * who is speaking: every match is replaced by one placeholder before n-gram extraction, and lexicon cues that overlap
 * a name are dropped ("des États-Unis" is not "des États").
 *
 * <p>Built from the JDK ({@link Locale#getISOCountries()} with {@code getDisplayCountry} in the language, plus the
 * traditional-Chinese names), parentheticals stripped, plus the hand-written long forms, blocs and adjectives below.
 * Pattern syntax as in the lexicons: {@code {a|b}} alternatives, a trailing {@code *} for any word ending. A leading
 * {@code !} marks a blocker: a longer phrase that contains a name but is not one ("发展中国家" contains "中国"); it wins
 * the overlap and masks nothing. Russian single-word names get their case forms.
 *
 * <p>The list depends on the JDK's locale data; {@link LexiconStanceClassifier#dataFingerprint} covers it, so a JDK
 * whose names differ fails {@code VersionPinTest} instead of silently changing the features.
 */
final class Gazetteer {

    private Gazetteer() {
    }

    /** JDK display names that are ordinary words in that language ("réunion" = meeting, "того" = "of that"). */
    private static final Map<String, Set<String>> EXCLUDE = Map.of(
            "en", Set.of("RE"),
            "fr", Set.of("RE"),
            "es", Set.of("RE"),
            "ru", Set.of("TG"),
            "ar", Set.of("ML"),
            "zh", Set.of());

    private static final Map<String, String[]> EXTRA = Map.of(
        "en", new String[] {
            "Russian Federation", "United States of America", "U.S.", "U.S.A.", "USA", "United Kingdom of Great Britain and Northern Ireland",
            "Great Britain", "Britain", "UK", "People's Republic of China", "PRC", "Republic of Korea",
            "Democratic People's Republic of Korea", "Islamic Republic of Iran", "Iran (Islamic Republic of)",
            "Syrian Arab Republic", "Viet Nam", "Lao People's Democratic Republic", "Republic of Moldova",
            "United Republic of Tanzania", "Bolivarian Republic of Venezuela", "Plurinational State of Bolivia",
            "Türkiye", "Turkey", "Holland", "Kingdom of Saudi Arabia", "UAE", "State of Palestine", "Holy See",
            "Czech Republic", "Swaziland", "Cote d'Ivoire", "Democratic Republic of the Congo", "Republic of the Congo",
            "European Union", "EU", "Group of 77", "G77", "G 77", "BRICS", "ASEAN", "African Union", "African Group",
            "Arab Group", "League of Arab States", "Arab League", "Shanghai Cooperation Organization",
            "Commonwealth of Independent States", "CARICOM", "CELAC", "MERCOSUR", "Non Aligned Movement", "Nordic countries",
            "American{|s}", "Russian{|s}", "Chinese", "French", "British", "German{|s}", "Brazilian{|s}", "Indian{|s}",
            "Iranian{|s}", "Cuban{|s}", "Saudi{|s}", "Egyptian{|s}", "Swiss", "Swede{|s}", "Swedish", "Estonian{|s}",
            "Japanese", "Korean{|s}", "Canadian{|s}", "Mexican{|s}", "Argentine{|s}", "Argentinian{|s}", "Spanish",
            "Spaniard{|s}", "Italian{|s}", "Dutch", "Belgian{|s}", "Polish", "Ukrainian{|s}", "Belarusian{|s}",
            "Kazakh{|s}", "Kazakhstani{|s}", "Uzbek{|s}", "Syrian{|s}", "Jordanian{|s}", "Tunisian{|s}", "Moroccan{|s}",
            "Algerian{|s}", "Lebanese", "Emirati{|s}", "Kuwaiti{|s}", "Omani{|s}", "Qatari{|s}", "Pakistani{|s}",
            "Indonesian{|s}", "Malaysian{|s}", "Singaporean{|s}", "Thai", "Australian{|s}", "Nigerian{|s}", "Kenyan{|s}",
            "South African{|s}", "Venezuelan{|s}", "Colombian{|s}", "Chilean{|s}", "Bolivian{|s}", "Ecuadorian{|s}",
            "Nicaraguan{|s}", "Uruguayan{|s}", "Paraguayan{|s}", "Peruvian{|s}", "Armenian{|s}", "Azerbaijani{|s}",
            "Georgian{|s}", "Kyrgyz", "Senegalese", "Rwandan{|s}", "Ghanaian{|s}", "Ethiopian{|s}", "Turkish",
            "Israeli{|s}", "Palestinian{|s}", "Iraqi{|s}", "Vietnamese", "Filipino{|s}", "Norwegian{|s}", "Finnish",
            "Danish", "Austrian{|s}", "Portuguese", "Greek{|s}", "Czech", "Hungarian{|s}", "Romanian{|s}",
            "Lithuanian{|s}", "Latvian{|s}", "Irish", "Bahraini{|s}", "Yemeni{|s}", "Libyan{|s}", "Sudanese",
            "Mauritanian{|s}", "Bangladeshi{|s}", "Sri Lankan{|s}", "Nepalese", "Tajik{|s}", "Turkmen", "Mongolian{|s}",
            "Serbian{|s}", "Croatian{|s}", "Slovak{|s}", "Slovenian{|s}", "Bulgarian{|s}", "Maltese", "Cypriot{|s}",
            "Icelandic", "Luxembourgish", "Costa Rican{|s}", "Guatemalan{|s}", "Panamanian{|s}", "Dominican{|s}",
            "Salvadoran{|s}", "Honduran{|s}", "Haitian{|s}", "Jamaican{|s}", "Cameroonian{|s}", "Ivorian{|s}",
            "Zimbabwean{|s}", "Ugandan{|s}", "Tanzanian{|s}", "Zambian{|s}", "Burkinabe", "Malian{|s}", "Nigerien{|s}",
            "Beninese", "Togolese", "Gabonese", "Congolese", "Angolan{|s}", "Mozambican{|s}", "Namibian{|s}",
            "Batswana", "Malagasy", "Mauritian{|s}", "Afghan{|s}", "New Zealander{|s}", "Fijian{|s}",
        },
        "fr", new String[] {
            "Fédération de Russie", "États-Unis d'Amérique", "République populaire de Chine", "République de Corée",
            "République populaire démocratique de Corée", "République islamique d'Iran", "République arabe syrienne",
            "Viet Nam", "République de Moldova", "République bolivarienne du Venezuela", "État plurinational de Bolivie",
            "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", "Grande-Bretagne", "Türkiye", "Saint-Siège",
            "République démocratique du Congo", "Union européenne", "UE", "Groupe des 77", "G77", "G 77", "BRICS",
            "ASEAN", "Union africaine", "Groupe africain", "Groupe arabe", "Ligue des États arabes",
            "Organisation de coopération de Shanghai", "Communauté des États indépendants",
            "américain{|e|s|es}", "russe{|s}", "chinois{|e|es}", "français{|e|es}", "britannique{|s}",
            "allemand{|e|s|es}", "brésilien{|ne|s|nes}", "indien{|ne|s|nes}", "iranien{|ne|s|nes}", "cubain{|e|s|es}",
            "saoudien{|ne|s|nes}", "égyptien{|ne|s|nes}", "suisse{|s}", "suédois{|e|es}", "estonien{|ne|s|nes}",
            "japonais{|e|es}", "coréen{|ne|s|nes}", "canadien{|ne|s|nes}", "mexicain{|e|s|es}", "argentin{|e|s|es}",
            "espagnol{|e|s|es}", "italien{|ne|s|nes}", "néerlandais{|e|es}", "belge{|s}", "polonais{|e|es}",
            "ukrainien{|ne|s|nes}", "bélarussien{|ne|s|nes}", "biélorusse{|s}", "kazakh{|e|s|es}", "ouzbek{|e|s|es}",
            "syrien{|ne|s|nes}", "jordanien{|ne|s|nes}", "tunisien{|ne|s|nes}", "marocain{|e|s|es}",
            "algérien{|ne|s|nes}", "libanais{|e|es}", "émirien{|ne|s|nes}", "koweïtien{|ne|s|nes}", "omanais{|e|es}",
            "qatari{|e|s|es}", "pakistanais{|e|es}", "indonésien{|ne|s|nes}", "malaisien{|ne|s|nes}",
            "singapourien{|ne|s|nes}", "thaïlandais{|e|es}", "australien{|ne|s|nes}", "nigérian{|e|s|es}",
            "kényan{|e|s|es}", "sud-africain{|e|s|es}", "vénézuélien{|ne|s|nes}", "colombien{|ne|s|nes}",
            "chilien{|ne|s|nes}", "bolivien{|ne|s|nes}", "équatorien{|ne|s|nes}", "nicaraguayen{|ne|s|nes}",
            "uruguayen{|ne|s|nes}", "arménien{|ne|s|nes}", "azerbaïdjanais{|e|es}", "géorgien{|ne|s|nes}",
            "kirghiz{|e|es}", "sénégalais{|e|es}", "rwandais{|e|es}", "ghanéen{|ne|s|nes}", "éthiopien{|ne|s|nes}",
            "turc{|s}", "turque{|s}", "israélien{|ne|s|nes}", "palestinien{|ne|s|nes}", "irakien{|ne|s|nes}",
            "vietnamien{|ne|s|nes}", "norvégien{|ne|s|nes}", "finlandais{|e|es}", "danois{|e|es}",
            "autrichien{|ne|s|nes}", "portugais{|e|es}", "grec{|s}", "grecque{|s}", "tchèque{|s}", "hongrois{|e|es}",
            "roumain{|e|s|es}", "lituanien{|ne|s|nes}", "letton{|ne|s|nes}", "irlandais{|e|es}", "ivoirien{|ne|s|nes}",
            "camerounais{|e|es}", "malien{|ne|s|nes}", "burkinabè{|s}", "béninois{|e|es}", "togolais{|e|es}",
            "gabonais{|e|es}", "congolais{|e|es}", "malgache{|s}", "mauricien{|ne|s|nes}", "haïtien{|ne|s|nes}",
            "luxembourgeois{|e|es}", "monégasque{|s}", "afghan{|e|s|es}",
        },
        "es", new String[] {
            "Federación de Rusia", "Federación Rusa", "Estados Unidos de América", "EE. UU.", "EE.UU.", "EEUU",
            "República Popular China", "República de Corea", "República Popular Democrática de Corea",
            "República Islámica del Irán", "Irán (República Islámica del)", "República Árabe Siria", "Viet Nam",
            "República de Moldova", "República Bolivariana de Venezuela", "Estado Plurinacional de Bolivia",
            "Reino Unido de Gran Bretaña e Irlanda del Norte", "Gran Bretaña", "Türkiye", "Santa Sede",
            "República Democrática del Congo", "Unión Europea", "UE", "Grupo de los 77", "G77", "G 77", "BRICS",
            "ASEAN", "Unión Africana", "Grupo Africano", "Grupo Árabe", "Liga de los Estados Árabes",
            "Organización de Cooperación de Shanghái", "Comunidad de Estados Independientes", "CELAC", "MERCOSUR",
            "estadounidense{|s}", "norteamericano{|s}", "norteamericana{|s}", "ruso{|s}", "rusa{|s}", "chino{|s}",
            "china{|s}", "francés", "francesa{|s}", "franceses", "británico{|s}", "británica{|s}", "alemán",
            "alemana{|s}", "alemanes", "brasileño{|s}", "brasileña{|s}", "indio{|s}", "india{|s}", "iraní{|es}",
            "cubano{|s}", "cubana{|s}", "saudí{|es}", "saudita{|s}", "egipcio{|s}", "egipcia{|s}", "suizo{|s}",
            "suiza{|s}", "sueco{|s}", "sueca{|s}", "estonio{|s}", "estonia{|s}", "japonés", "japonesa{|s}",
            "japoneses", "coreano{|s}", "coreana{|s}", "canadiense{|s}", "mexicano{|s}", "mexicana{|s}",
            "argentino{|s}", "argentina{|s}", "español{|es}", "española{|s}", "italiano{|s}", "italiana{|s}",
            "neerlandés", "neerlandesa{|s}", "holandés", "holandesa{|s}", "belga{|s}", "polaco{|s}", "polaca{|s}",
            "ucraniano{|s}", "ucraniana{|s}", "bielorruso{|s}", "bielorrusa{|s}", "kazajo{|s}", "kazaja{|s}",
            "uzbeko{|s}", "uzbeka{|s}", "sirio{|s}", "siria{|s}", "jordano{|s}", "jordana{|s}", "tunecino{|s}",
            "tunecina{|s}", "marroquí{|es}", "argelino{|s}", "argelina{|s}", "libanés", "libanesa{|s}", "libaneses",
            "emiratí{|es}", "kuwaití{|es}", "omaní{|es}", "catarí{|es}", "qatarí{|es}", "pakistaní{|es}",
            "indonesio{|s}", "indonesia{|s}", "malasio{|s}", "malasia{|s}", "singapurense{|s}", "tailandés",
            "tailandesa{|s}", "australiano{|s}", "australiana{|s}", "nigeriano{|s}", "nigeriana{|s}", "keniano{|s}",
            "keniana{|s}", "sudafricano{|s}", "sudafricana{|s}", "venezolano{|s}", "venezolana{|s}", "colombiano{|s}",
            "colombiana{|s}", "chileno{|s}", "chilena{|s}", "boliviano{|s}", "boliviana{|s}", "ecuatoriano{|s}",
            "ecuatoriana{|s}", "nicaragüense{|s}", "uruguayo{|s}", "uruguaya{|s}", "paraguayo{|s}", "paraguaya{|s}",
            "peruano{|s}", "peruana{|s}", "costarricense{|s}", "guatemalteco{|s}", "guatemalteca{|s}",
            "panameño{|s}", "panameña{|s}", "dominicano{|s}", "dominicana{|s}", "salvadoreño{|s}", "salvadoreña{|s}",
            "hondureño{|s}", "hondureña{|s}", "armenio{|s}", "armenia{|s}", "azerbaiyano{|s}", "azerbaiyana{|s}",
            "georgiano{|s}", "georgiana{|s}", "kirguís", "senegalés", "senegalesa{|s}", "turco{|s}", "turca{|s}",
            "israelí{|es}", "palestino{|s}", "palestina{|s}", "iraquí{|es}", "vietnamita{|s}", "filipino{|s}",
            "filipina{|s}", "noruego{|s}", "noruega{|s}", "finlandés", "finlandesa{|s}", "danés", "danesa{|s}",
            "austriaco{|s}", "austriaca{|s}", "portugués", "portuguesa{|s}", "griego{|s}", "griega{|s}",
            "checo{|s}", "checa{|s}", "húngaro{|s}", "húngara{|s}", "rumano{|s}", "rumana{|s}", "irlandés",
            "irlandesa{|s}",
        },
        "ru", new String[] {
            "Российск{ая|ой|ую} Федераци{я|и|ю|ей}", "Соединенн{ые|ых|ым|ыми} Штат{ы|ов|ам|ами|ах}",
            "Соединенн{ые|ых|ым|ыми} Штат{ы|ов|ам|ами|ах} Америки", "США", "Соединенн{ое|ого|ому|ым} Королевств{о|а|у|ом|е}",
            "Китайск{ая|ой|ую} Народн{ая|ой|ую} Республик{а|и|е|у|ой}", "Республик{а|и|е|у|ой} Корея",
            "Корейск{ая|ой|ую} Народно Демократическ{ая|ой|ую} Республик{а|и|е|у|ой}",
            "Исламск{ая|ой|ую} Республик{а|и|е|у|ой} Иран", "Сирийск{ая|ой|ую} Арабск{ая|ой|ую} Республик{а|и|е|у|ой}",
            "Вьетнам{|а|у|е|ом}", "Республик{а|и|е|у|ой} Молдова", "Боливарианск{ая|ой|ую} Республик{а|и|е|у|ой} Венесуэла",
            "Многонациональн{ое|ого|ому|ым} Государств{о|а|у|ом|е} Боливия", "Великобритани{я|и|ю|ей}",
            "Святейш{ий|его|ему|им} Престол{|а|у|ом|е}", "Европейск{ий|ого|ому|им|ом} союз{|а|у|ом|е}", "ЕС",
            "Групп{а|ы|е|у|ой} 77", "Групп{а|ы|е|у|ой} семидесяти семи", "БРИКС", "АСЕАН", "Африканск{ий|ого|ому|им|ом} союз{|а|у|ом|е}",
            "Африканск{ая|ой|ую} групп{а|ы|е|у|ой}", "Арабск{ая|ой|ую} групп{а|ы|е|у|ой}", "Лиг{а|и|е|у|ой} арабских государств",
            "Шанхайск{ая|ой|ую} организаци{я|и|ю|ей} сотрудничества", "ШОС", "СНГ",
            "Содружеств{о|а|у|ом|е} Независимых Государств", "ЕАЭС", "ОДКБ", "КНР",
            "российск*", "россиян*", "американск*", "американц*", "китайск*", "французск*", "британск*", "немецк*",
            "германск*", "бразильск*", "индийск*", "иранск*", "кубинск*", "саудовск*", "египетск*", "швейцарск*",
            "шведск*", "эстонск*", "японск*", "корейск*", "канадск*", "мексиканск*", "аргентинск*", "испанск*",
            "итальянск*", "нидерландск*", "голландск*", "бельгийск*", "польск*", "украинск*", "белорусск*",
            "казахстанск*", "узбекистанск*", "узбекск*", "сирийск*", "иорданск*", "тунисск*", "марокканск*",
            "алжирск*", "ливанск*", "эмиратск*", "кувейтск*", "оманск*", "катарск*", "пакистанск*", "индонезийск*",
            "малайзийск*", "сингапурск*", "таиландск*", "тайск*", "австралийск*", "нигерийск*", "кенийск*",
            "южноафриканск*", "венесуэльск*", "колумбийск*", "чилийск*", "боливийск*", "эквадорск*",
            "никарагуанск*", "уругвайск*", "армянск*", "азербайджанск*", "грузинск*", "кыргызск*", "киргизск*",
            "таджикск*", "туркменск*", "сенегальск*", "турецк*", "израильск*", "палестинск*", "иракск*",
            "вьетнамск*", "норвежск*", "финск*", "датск*", "австрийск*", "португальск*", "греческ*", "чешск*",
            "венгерск*", "румынск*", "литовск*", "латвийск*", "ирландск*", "молдавск*", "молдовск*", "монгольск*",
        },
        "ar", new String[] {
            "الاتحاد الروسي", "روسيا الاتحادية", "الولايات المتحدة الأمريكية", "الولايات المتحدة الامريكية", "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية",
            "بريطانيا", "جمهورية الصين الشعبية", "جمهورية كوريا", "جمهورية كوريا الشعبية الديمقراطية",
            "جمهورية إيران الإسلامية", "الجمهورية العربية السورية", "فييت نام", "جمهورية مولدوفا",
            "جمهورية فنزويلا البوليفارية", "دولة بوليفيا المتعددة القوميات", "الكرسي الرسولي", "دولة فلسطين",
            "المملكة العربية السعودية", "الإمارات العربية المتحدة", "الإمارات", "جمهورية مصر العربية",
            "المملكة الأردنية الهاشمية", "المملكة المغربية", "الجمهورية التونسية", "الجمهورية الجزائرية",
            "الاتحاد الأوروبي", "الاتحاد الاوروبي", "مجموعة الـ 77", "مجموعة ال 77", "مجموعة السبعة والسبعين",
            "بريكس", "آسيان", "الاتحاد الأفريقي", "الاتحاد الافريقي", "المجموعة الأفريقية", "المجموعة العربية",
            "جامعة الدول العربية", "منظمة شنغهاي للتعاون", "رابطة الدول المستقلة",
            "روسي*", "صيني*", "أمريكي*", "امريكي*", "أميركي*", "فرنسي*", "بريطاني*", "ألماني*", "برازيلي*",
            "هندي*", "إيراني*", "كوبي*", "سعودي*", "مصري*", "سويسري*", "سويدي*", "إستوني*", "ياباني*", "كوري*",
            "كندي*", "مكسيكي*", "أرجنتيني*", "إسباني*", "إيطالي*", "هولندي*", "بلجيكي*", "بولندي*", "أوكراني*",
            "بيلاروسي*", "كازاخستاني*", "كازاخي*", "أوزبكي*", "سوري*", "أردني*", "تونسي*", "مغربي*", "جزائري*",
            "لبناني*", "إماراتي*", "كويتي*", "عماني*", "بحريني*", "يمني*", "ليبي*", "سوداني*",
            "موريتاني*", "عراقي*", "فلسطيني*", "باكستاني*", "إندونيسي*", "ماليزي*", "سنغافوري*", "تايلندي*",
            "أسترالي*", "نيجيري*", "كيني*", "فنزويلي*", "كولومبي*", "تشيلي*", "بوليفي*", "إكوادوري*",
            "نيكاراغوي*", "أرميني*", "أذربيجاني*", "جورجي*", "قيرغيزي*", "سنغالي*", "تركي{|ة|ا}", "الأتراك", "إسرائيلي*",
            "فيتنامي*", "نرويجي*", "فنلندي*", "دانمركي*", "نمساوي*", "برتغالي*", "يوناني*",
        },
        "zh", new String[] {
            "俄罗斯联邦", "美利坚合众国", "中华人民共和国", "大韩民国", "朝鲜民主主义人民共和国", "伊朗伊斯兰共和国",
            "阿拉伯叙利亚共和国", "叙利亚", "越南", "摩尔多瓦共和国", "委内瑞拉玻利瓦尔共和国", "多民族玻利维亚国",
            "大不列颠及北爱尔兰联合王国", "联合王国", "罗马教廷", "巴勒斯坦国", "沙特阿拉伯王国", "阿联酋",
            "欧盟", "欧洲联盟", "77国集团", "七十七国集团", "金砖国家", "东盟", "非洲联盟", "非盟", "非洲集团",
            "阿拉伯集团", "阿拉伯国家联盟", "阿盟", "上海合作组织", "上合组织", "独立国家联合体", "独联体",
            "中方", "美方", "俄方", "欧方", "英方", "法方", "日方", "韩方", "印方", "伊方", "中国政府", "美国政府",
            "!发展中国家", "!欧美国家", "!合法国家", "!非法国家",
        });

    /** The raw patterns (unnormalised) for one language. */
    static List<String> patterns(Language lang) {
        String code = lang.code();
        Set<String> out = new LinkedHashSet<>();
        Set<String> excl = EXCLUDE.getOrDefault(code, Set.of());
        List<Locale> locales = new ArrayList<>();
        locales.add(new Locale(code));
        if (lang == Language.ZH) {
            locales.add(Locale.TRADITIONAL_CHINESE);
        }
        for (String cc : Locale.getISOCountries()) {
            if (excl.contains(cc)) {
                continue;
            }
            for (Locale loc : locales) {
                String name = new Locale("", cc).getDisplayCountry(loc);
                name = name.replaceAll("\\s*\\([^)]*\\)", "").trim();
                if (name.isEmpty() || name.equalsIgnoreCase(cc)) {
                    continue;
                }
                if (lang == Language.RU && name.indexOf(' ') < 0 && name.indexOf('-') < 0) {
                    out.add(russianForms(name));
                } else {
                    out.add(name);
                }
            }
        }
        for (String e : EXTRA.getOrDefault(code, new String[0])) {
            out.add(e);
        }
        return new ArrayList<>(out);
    }

    /** Case forms of a one-word Russian name as a brace pattern ("Франция" -> "Франци{я|и|ю|ей|е}"). */
    static String russianForms(String name) {
        int n = name.length();
        if (n < 4) {
            return name;
        }
        if (name.endsWith("ия")) {
            return name.substring(0, n - 1) + "{я|и|ю|ей|е}";
        }
        if (name.endsWith("ея") || name.endsWith("уя")) {
            return name.substring(0, n - 1) + "{я|и|ю|ей|е}";
        }
        if (name.endsWith("а")) {
            return name.substring(0, n - 1) + "{а|ы|и|е|у|ой}";
        }
        if (name.endsWith("ь")) {
            return name.substring(0, n - 1) + "{ь|и|ью|я|ю|ем|е}";
        }
        if (name.endsWith("й")) {
            return name.substring(0, n - 1) + "{й|я|ю|е|ем}";
        }
        char last = name.charAt(n - 1);
        if ("бвгджзклмнпрстфхцчшщ".indexOf(last) >= 0) {
            return name + "{|а|у|е|ом}";
        }
        return name; // indeclinable (Перу, Того, Чили, Мали ...)
    }
}
