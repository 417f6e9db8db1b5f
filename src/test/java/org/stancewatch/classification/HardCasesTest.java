package org.stancewatch.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hard-case kind in every language, with sentences written for this test (not taken from any corpus).
 * Kinds: NEGATION, CONTRAST, ADVISORY, REPORTED, CROSSOVER (treaty / IGF), REFUSAL, TUNIS, VARIANT,
 * ACTORS / NONE / ALONE / AMB_INST (v1.2), WHETHER / EXTEND / NOOWNER / ROLES / ONENEG / FIGHT / INCIDENTAL / THANKS (v1.6).
 */
class HardCasesTest {

    private static final StanceClassifier CLF = LexiconStanceClassifier.loadDefault();
    private static final StanceClassifier RULES = LexiconStanceClassifier.loadDefault().rulesOnly();

    /**
     * Known misses of the learned layer (1.8.0) where the expectation is right and the model is wrong: the rule-based
     * pass is checked for them instead, and each entry must go when a retrained model gets it right (the test then
     * fails). Ten of the 271 cases, none fixed by hand: two Russian refusals with no keyword, two "too important to be
     * run by governments alone, and too important to be run without them" balances read as multilateral, a Tunis
     * citation reinterpreted as the IGF's bottom-up process, two "we have nothing against ... a multistakeholder IGF"
     * and two GAC-membership sentences read as MIXED, and two cybercrime-cooperation demands for an intergovernmental
     * framework read as NO_POSITION (the cyber-setting writer of dev6 labelled most such texts NO_POSITION).
     */
    private static final java.util.Set<String> LEARNED_MISSES = java.util.Set.of(
            "Государства в одиночку не могут обеспечить стабильность сети.",
            "La Agenda de Túnez habla de una gobernanza multilateral, transparente y democrática. Para nosotros, eso significa ante todo los procesos abiertos y de abajo hacia arriba del FGI.",
            "L'Internet est trop important pour être géré par les seuls gouvernements, et trop important pour être géré sans eux.",
            "Internet es demasiado importante para ser gestionado por los gobiernos solos, y demasiado importante para ser gestionado sin ellos.",
            "Nous n'avons rien contre la participation de toutes les parties prenantes à un FGI multipartite.",
            "No tenemos nada en contra de la participación de todas las partes interesadas en un FGI de múltiples partes interesadas.",
            "Participamos en el Comité Asesor Gubernamental de la ICANN, junto al sector privado, la sociedad civil y la comunidad técnica, en el modelo de múltiples partes interesadas.",
            "Мы участвуем в работе Правительственного консультативного комитета ICANN вместе с частным сектором, гражданским обществом и техническим сообществом в рамках модели с участием многих заинтересованных сторон.",
            "Cooperation in the fight against cybercrime should take place among States, through a binding intergovernmental framework.",
            "Сотрудничество в борьбе против киберпреступности должно строиться в рамках межправительственного механизма.");
    private static final Stance MS = Stance.MULTISTAKEHOLDER;
    private static final Stance ML = Stance.MULTILATERAL;
    private static final Stance MIX = Stance.MIXED;
    private static final Stance NONE = Stance.NO_POSITION;

    static Stream<Arguments> cases() {
        return Stream.of(
            // ------------------------------------------------------------------ English
            Arguments.of(Language.EN, "NEGATION", "We do not support the creation of an intergovernmental body for the Internet.", MS),
            Arguments.of(Language.EN, "NEGATION", "We candidly cannot support a treaty that is inconsistent with the multistakeholder model.", MS),
            Arguments.of(Language.EN, "CONTRAST", "All stakeholders have a role to play; however, policy authority for Internet-related public policy issues is the sovereign right of States.", ML),
            Arguments.of(Language.EN, "ADVISORY", "Civil society and the private sector should take part in an advisory capacity, while governments decide.", ML),
            Arguments.of(Language.EN, "REPORTED", "Some delegations called for a new intergovernmental mechanism, but we remain committed to the multistakeholder model.", MS),
            Arguments.of(Language.EN, "CROSSOVER", "We propose a legally binding treaty on Internet governance, negotiated by States with the participation of all stakeholders.", ML),
            Arguments.of(Language.EN, "CROSSOVER", "The multilateral approach of the IGF, which brings everyone to the same table, deserves a permanent mandate.", MS),
            Arguments.of(Language.EN, "REFUSAL", "We prefer no resolution on the Internet at all.", MS),
            Arguments.of(Language.EN, "REFUSAL", "The Internet should not be placed under intergovernmental control.", MS),
            Arguments.of(Language.EN, "TUNIS", "International management of the Internet should be multilateral, transparent and democratic, with the full involvement of governments, the private sector, civil society and international organizations.", MIX),
            Arguments.of(Language.EN, "VARIANT", "We support a multi stakeholder approach and the participation of multiple stakeholders.", MS),
            Arguments.of(Language.EN, "NONE", "Affordable broadband access remains the key to closing the digital divide in rural areas.", NONE),
            // ------------------------------------------------------------------ French
            Arguments.of(Language.FR, "NEGATION", "Nous ne soutenons pas la création d'un organe intergouvernemental chargé de l'Internet.", MS),
            Arguments.of(Language.FR, "CONTRAST", "Toutes les parties prenantes ont un rôle à jouer ; toutefois, l'autorité en matière de politiques publiques relève du droit souverain des États.", ML),
            Arguments.of(Language.FR, "ADVISORY", "Le secteur privé et la société civile participeraient à titre consultatif aux travaux du conseil.", ML),
            Arguments.of(Language.FR, "REPORTED", "Certains pays ont proposé un nouvel organe intergouvernemental. Nous restons attachés au modèle multipartite.", MS),
            Arguments.of(Language.FR, "CROSSOVER", "Nous proposons un traité juridiquement contraignant, négocié par les États avec la participation de toutes les parties prenantes.", ML),
            Arguments.of(Language.FR, "REFUSAL", "Nous ne voulons aucun nouveau traité sur l'Internet.", MS),
            Arguments.of(Language.FR, "TUNIS", "La gestion internationale de l'Internet devrait être multilatérale, transparente et démocratique, avec la pleine participation des États, du secteur privé, de la société civile et des organisations internationales.", MIX),
            Arguments.of(Language.FR, "VARIANT", "La délégation défend une gouvernance multi-acteurs et des processus multipartites.", MS),
            // ------------------------------------------------------------------ Spanish
            Arguments.of(Language.ES, "NEGATION", "No apoyamos la creación de un organismo intergubernamental para Internet.", MS),
            Arguments.of(Language.ES, "CONTRAST", "Todas las partes interesadas tienen un papel; sin embargo, la autoridad en las cuestiones de política pública es el derecho soberano de los Estados.", ML),
            Arguments.of(Language.ES, "ADVISORY", "La sociedad civil y el sector privado participarían a título consultivo.", ML),
            Arguments.of(Language.ES, "REPORTED", "Algunos países pidieron un nuevo mecanismo intergubernamental, pero nosotros defendemos el modelo de múltiples partes interesadas.", MS),
            Arguments.of(Language.ES, "CROSSOVER", "Proponemos un tratado jurídicamente vinculante, negociado por los Estados con la participación de todas las partes interesadas.", ML),
            Arguments.of(Language.ES, "REFUSAL", "No necesitamos ningún nuevo tratado sobre Internet.", MS),
            Arguments.of(Language.ES, "TUNIS", "La gestión internacional de Internet debería ser multilateral, transparente y democrática, con la plena participación de los gobiernos, el sector privado, la sociedad civil y las organizaciones internacionales.", MIX),
            Arguments.of(Language.ES, "VARIANT", "Apoyamos el enfoque de múltiples partes interesadas y el modelo multisectorial.", MS),
            // ------------------------------------------------------------------ Russian
            Arguments.of(Language.RU, "NEGATION", "Мы не поддерживаем создание межправительственного органа по управлению интернетом.", MS),
            Arguments.of(Language.RU, "CONTRAST", "Все заинтересованные стороны играют свою роль, однако полномочия в вопросах публичной политики являются суверенным правом государств.", ML),
            Arguments.of(Language.RU, "ADVISORY", "Частный сектор и гражданское общество могут участвовать только в консультативном качестве.", ML),
            Arguments.of(Language.RU, "REPORTED", "Некоторые делегации призвали к созданию межправительственного механизма, но мы поддерживаем модель с участием многих заинтересованных сторон.", MS),
            Arguments.of(Language.RU, "CROSSOVER", "Мы предлагаем юридически обязывающий договор, который государства разработают с участием всех заинтересованных сторон.", ML),
            Arguments.of(Language.RU, "REFUSAL", "Новый договор об интернете не нужен.", MS),
            Arguments.of(Language.RU, "TUNIS", "Международное управление интернетом должно быть многосторонним, прозрачным и демократическим, при полном участии правительств, частного сектора, гражданского общества и международных организаций.", MIX),
            Arguments.of(Language.RU, "VARIANT", "Мы поддерживаем многосторонний подход с участием всех заинтересованных сторон.", MS),
            Arguments.of(Language.RU, "VARIANT", "Управление интернетом должно быть межгосударственным и многосторонним.", ML),
            // ------------------------------------------------------------------ Chinese
            Arguments.of(Language.ZH, "NEGATION", "我们反对将互联网置于政府间机制的控制之下。", MS),
            Arguments.of(Language.ZH, "CONTRAST", "各利益攸关方都应参与，但是互联网公共政策的决策权属于国家主权。", ML),
            Arguments.of(Language.ZH, "ADVISORY", "私营部门和民间社会只能以咨询身份参与。", ML),
            Arguments.of(Language.ZH, "REPORTED", "一些国家呼吁建立新的政府间机制。我们支持多利益攸关方模式。", MS),
            Arguments.of(Language.ZH, "CROSSOVER", "我们建议制定一项具有法律约束力的国际条约，并邀请所有利益攸关方参与。", ML),
            Arguments.of(Language.ZH, "REFUSAL", "国际社会不需要新的条约。", MS),
            Arguments.of(Language.ZH, "TUNIS", "互联网的国际管理应当是多边的、透明和民主的，并有政府、私营部门、民间社会和国际组织的充分参与。", MIX),
            Arguments.of(Language.ZH, "VARIANT", "我們支持多利益攸關方的網路治理模式。", MS),
            // ------------------------------------------------------------------ Arabic
            Arguments.of(Language.AR, "NEGATION", "لا نؤيد إنشاء هيئة حكومية دولية لإدارة الإنترنت.", MS),
            Arguments.of(Language.AR, "CONTRAST", "لجميع أصحاب المصلحة دور، غير أن سلطة السياسات العامة المتعلقة بالإنترنت حق سيادي للدول.", ML),
            Arguments.of(Language.AR, "ADVISORY", "يشارك القطاع الخاص والمجتمع المدني بصفة استشارية فقط.", ML),
            Arguments.of(Language.AR, "REPORTED", "دعت بعض الوفود إلى إنشاء آلية حكومية دولية جديدة. ونحن نؤيد نموذج أصحاب المصلحة المتعددين.", MS),
            Arguments.of(Language.AR, "CROSSOVER", "نقترح معاهدة ملزمة قانوناً تتفاوض عليها الدول بمشاركة جميع أصحاب المصلحة.", ML),
            Arguments.of(Language.AR, "REFUSAL", "لا حاجة إلى معاهدة جديدة بشأن الإنترنت.", MS),
            Arguments.of(Language.AR, "TUNIS", "ينبغي أن تكون الإدارة الدولية للإنترنت متعددة الأطراف وشفافة وديمقراطية، بمشاركة كاملة من الحكومات والقطاع الخاص والمجتمع المدني والمنظمات الدولية.", MIX),
            Arguments.of(Language.AR, "VARIANT", "ندعم نهج تعدد أصحـــاب المصلحة في حوكمة الإنترنت.", MS),
            // ------------------------------------------------------------------ v1.2: actor groups + participation (ACTORS),
            // bare actor lists stay NO_POSITION (NONE), "governments alone cannot" (ALONE), equal footing at the IGF (AMB_INST)
            Arguments.of(Language.EN, "ACTORS", "Engineers, researchers and civil society deserve a seat at the table when the rules of the network are written.", MS),
            Arguments.of(Language.EN, "NONE", "Governments, the private sector and civil society should cooperate on digital skills for young people.", NONE),
            Arguments.of(Language.EN, "ALONE", "States alone cannot keep the network stable.", MS),
            Arguments.of(Language.EN, "AMB_INST", "The IGF lets everyone debate on an equal footing and should continue.", MS),
            Arguments.of(Language.FR, "ACTORS", "Les chercheurs, les entreprises et la société civile doivent prendre part aux décisions qui façonnent le réseau.", MS),
            Arguments.of(Language.FR, "NONE", "Le secteur privé et la société civile contribuent aux programmes d'alphabétisation numérique.", NONE),
            Arguments.of(Language.FR, "ALONE", "Les États ne peuvent pas, à eux seuls, assurer la stabilité du réseau.", MS),
            Arguments.of(Language.ES, "ACTORS", "Los investigadores, las empresas y la sociedad civil deben tener voz y voto en las decisiones sobre la red.", MS),
            Arguments.of(Language.ES, "NONE", "El sector privado y la sociedad civil apoyan los programas de alfabetización digital.", NONE),
            Arguments.of(Language.ES, "ALONE", "Los Estados, por sí solos, no pueden garantizar la estabilidad de la red.", MS),
            Arguments.of(Language.RU, "ACTORS", "Исследователи, бизнес и гражданское общество должны участвовать в принятии решений о развитии сети.", MS),
            Arguments.of(Language.RU, "NONE", "Частный сектор и гражданское общество поддерживают программы цифровой грамотности.", NONE),
            Arguments.of(Language.RU, "ALONE", "Государства в одиночку не могут обеспечить стабильность сети.", MS),
            Arguments.of(Language.ZH, "ACTORS", "研究人员、企业和民间社会应当参与决策，共同塑造网络规则。", MS),
            Arguments.of(Language.ZH, "NONE", "私营部门和民间社会支持数字技能培训项目。", NONE),
            Arguments.of(Language.ZH, "ALONE", "仅靠政府无法保障网络的稳定。", MS),
            Arguments.of(Language.AR, "ACTORS", "ينبغي أن يكون للباحثين والشركات والمجتمع المدني مقعد على الطاولة عند وضع قواعد الشبكة.", MS),
            Arguments.of(Language.AR, "NONE", "يدعم القطاع الخاص والمجتمع المدني برامج محو الأمية الرقمية.", NONE),
            Arguments.of(Language.AR, "ALONE", "لا يمكن للدول وحدها أن تضمن استقرار الشبكة.", MS),
            // ------------------------------------------------------------------ v1.4: logistics sentences stay NO_POSITION
            // (LOGISTICS), negative concord is one negation (CONCORD), negation carries over ", or ..." and the Chinese
            // enumeration comma (NEG_OR), passing mentions of multilateral finance / cooperation (PASSING)
            Arguments.of(Language.EN, "LOGISTICS", "The next IGF will be held in Riyadh in December; we invite all stakeholders from our region to register early.", NONE),
            Arguments.of(Language.EN, "CONCORD", "Neither we nor our partners support an intergovernmental body for the Internet.", MS),
            Arguments.of(Language.EN, "NEG_OR", "We cannot accept any text that places the IGF under intergovernmental decisions, or that limits non-governmental stakeholders to a consultative role.", MS),
            Arguments.of(Language.EN, "PASSING", "Multilateral development banks should expand concessional finance for submarine cables.", NONE),
            Arguments.of(Language.FR, "LOGISTICS", "Le prochain Forum sur la gouvernance de l'Internet se tiendra à Genève ; toutes les parties prenantes sont invitées à s'inscrire avant le 1er mai.", NONE),
            Arguments.of(Language.FR, "CONCORD", "Nous ne soutiendrons jamais aucun organe intergouvernemental chargé de l'Internet.", MS),
            Arguments.of(Language.FR, "NEG_OR", "Nous ne pouvons pas accepter un texte qui placerait le Forum sous l'autorité de décisions intergouvernementales, ou qui réduirait les acteurs non étatiques à un rôle consultatif.", MS),
            Arguments.of(Language.FR, "PASSING", "La coopération multilatérale et régionale en matière de cybersécurité doit se poursuivre.", NONE),
            Arguments.of(Language.ES, "LOGISTICS", "La próxima reunión del FGI se celebrará en noviembre; invitamos a todas las partes interesadas a inscribirse con antelación.", NONE),
            Arguments.of(Language.ES, "CONCORD", "No apoyamos ningún organismo intergubernamental que pretenda gobernar Internet.", MS),
            Arguments.of(Language.ES, "NEG_OR", "No podemos aceptar un texto que subordine el FGI a decisiones intergubernamentales, o que limite a los actores no gubernamentales a un papel consultivo.", MS),
            Arguments.of(Language.ES, "PASSING", "Los bancos multilaterales de desarrollo deben ampliar la financiación de cables submarinos.", NONE),
            Arguments.of(Language.RU, "LOGISTICS", "Следующий ФУИ пройдёт в декабре; приглашаем все заинтересованные стороны зарегистрироваться заранее.", NONE),
            Arguments.of(Language.RU, "CONCORD", "Мы не видим никаких причин создавать межправительственный орган по управлению интернетом.", MS),
            Arguments.of(Language.RU, "NEG_OR", "Мы не примем текст, который подчинял бы ФУИ межправительственным решениям, или который сводил бы роль бизнеса к консультативной.", MS),
            Arguments.of(Language.RU, "PASSING", "Многосторонние банки развития должны расширить льготное финансирование подводных кабелей.", NONE),
            Arguments.of(Language.ZH, "LOGISTICS", "下一届互联网治理论坛将于十二月举行，欢迎各利益相关方尽早注册参会。", NONE),
            Arguments.of(Language.ZH, "NEG_OR", "我们反对把互联网治理论坛置于政府间决策之下、或把非政府利益攸关方限于咨询作用的做法。", MS),
            Arguments.of(Language.ZH, "PASSING", "多边开发银行应扩大对海底光缆建设的优惠融资。", NONE),
            Arguments.of(Language.AR, "LOGISTICS", "سينعقد منتدى حوكمة الإنترنت المقبل في كانون الأول/ديسمبر، وندعو جميع أصحاب المصلحة إلى التسجيل مبكراً.", NONE),
            Arguments.of(Language.AR, "NEG_OR", "لا يمكننا أن نقبل أي نص يُخضع منتدى حوكمة الإنترنت لقرارات حكومية دولية، أو يحصر دور الجهات غير الحكومية في دور استشاري.", MS),
            Arguments.of(Language.AR, "PASSING", "نرحب بالتمويل الذي تقدمه المصارف الإنمائية المتعددة الأطراف لمشاريع الألياف الضوئية.", NONE),
            // a condition with no stance in it balances nothing (CONDITION)
            Arguments.of(Language.EN, "CONDITION", "Digital technologies can accelerate development, provided that their benefits are widely shared.", NONE),
            Arguments.of(Language.FR, "CONDITION", "Le numérique peut accélérer le développement, à condition que ses bénéfices soient largement partagés.", NONE),
            Arguments.of(Language.ES, "CONDITION", "Las tecnologías digitales pueden acelerar el desarrollo, siempre que sus beneficios se compartan ampliamente.", NONE),
            Arguments.of(Language.RU, "CONDITION", "Цифровые технологии могут ускорить развитие при условии, что их плоды будут широко доступны.", NONE),
            Arguments.of(Language.ZH, "CONDITION", "数字技术可以加快发展，前提是其成果得到广泛分享。", NONE),
            Arguments.of(Language.AR, "CONDITION", "يمكن للتكنولوجيا الرقمية أن تسرع التنمية، شريطة أن تُتقاسم فوائدها على نطاق واسع.", NONE),
            // actor groups thanked or named across several sentences of a development report stay one weak signal (SPREAD)
            Arguments.of(Language.EN, "SPREAD", "We worked with the private sector to connect rural schools. Civil society groups now run evening classes there, and local businesses donated the laptops.", NONE),
            Arguments.of(Language.FR, "SPREAD", "Nous avons travaillé avec le secteur privé pour connecter les écoles rurales. Des organisations de la société civile y donnent des cours le soir, et des entreprises locales ont fourni les ordinateurs.", NONE),
            Arguments.of(Language.ES, "SPREAD", "Trabajamos con el sector privado para conectar las escuelas rurales. Organizaciones de la sociedad civil dan allí clases nocturnas y empresas locales donaron las computadoras.", NONE),
            Arguments.of(Language.RU, "SPREAD", "Мы подключили сельские школы вместе с частным сектором. Организации гражданского общества проводят там вечерние занятия, а местный бизнес передал компьютеры.", NONE),
            Arguments.of(Language.ZH, "SPREAD", "我们与私营部门合作为农村学校接入宽带。民间社会组织在那里开设夜校，当地企业捐赠了电脑。", NONE),
            Arguments.of(Language.AR, "SPREAD", "عملنا مع القطاع الخاص لربط المدارس الريفية. وتقدم منظمات المجتمع المدني فيها دروساً مسائية، وتبرعت الشركات المحلية بالحواسيب.", NONE),
            // v1.4: chair's summaries and speakers' views (SUMMARY), "not alternatives, both are needed" (BOTH_NEEDED),
            // positions stated without camp keywords (NO_KEYWORD)
            Arguments.of(Language.EN, "SUMMARY", "In her summary, the Chair observed that several speakers stressed the multistakeholder model and others the role of States.", NONE),
            Arguments.of(Language.EN, "BOTH_NEEDED", "Multilateral diplomacy and multistakeholder cooperation are not alternatives; the digital future requires both.", MIX),
            Arguments.of(Language.EN, "NO_KEYWORD", "Nobody owns the Internet, and anyone can join the forums where its standards are written.", MS),
            Arguments.of(Language.FR, "SUMMARY", "Dans son résumé, la présidence a noté que plusieurs orateurs soutenaient le modèle multipartite tandis que d'autres ont souligné le rôle des États.", NONE),
            Arguments.of(Language.FR, "BOTH_NEEDED", "La diplomatie multilatérale et la coopération multipartite ne sont pas des alternatives : l'avenir numérique a besoin des deux.", MIX),
            Arguments.of(Language.FR, "NO_KEYWORD", "Personne ne possède l'Internet, et ses normes naissent dans des enceintes ouvertes à toute personne compétente.", MS),
            Arguments.of(Language.ES, "SUMMARY", "En su resumen, la Presidencia señaló que varios oradores apoyaron el modelo de múltiples partes interesadas y otros destacaron el papel de los Estados.", NONE),
            Arguments.of(Language.ES, "BOTH_NEEDED", "La diplomacia multilateral y la cooperación de múltiples partes interesadas no son alternativas; el futuro digital necesita ambos.", MIX),
            Arguments.of(Language.ES, "NO_KEYWORD", "Nadie es dueño de Internet y cualquiera puede participar en los foros donde se escriben sus normas.", MS),
            Arguments.of(Language.RU, "SUMMARY", "В своём резюме председатель отметил, что ряд выступавших поддержал модель с участием многих заинтересованных сторон, а другие подчеркнули роль государств.", NONE),
            Arguments.of(Language.RU, "BOTH_NEEDED", "Межгосударственное сотрудничество и участие всех заинтересованных сторон не являются альтернативами: нужны оба.", MIX),
            Arguments.of(Language.RU, "NO_KEYWORD", "Интернет никому не принадлежит, а его стандарты разрабатываются на площадках, открытых для всех.", MS),
            Arguments.of(Language.ZH, "SUMMARY", "主席在总结中指出，多位发言者支持多利益攸关方模式，另一些发言者则强调国家的作用。", NONE),
            Arguments.of(Language.ZH, "BOTH_NEEDED", "多边外交和多利益攸关方合作并非二选一，数字未来两者都需要。", MIX),
            Arguments.of(Language.ZH, "NO_KEYWORD", "互联网不属于任何人，其标准在向所有人开放的论坛中制定。", MS),
            Arguments.of(Language.AR, "SUMMARY", "أشار الرئيس في موجزه إلى أن عدداً من المتحدثين أيدوا نموذج أصحاب المصلحة المتعددين، بينما أكد آخرون على دور الدول.", NONE),
            Arguments.of(Language.AR, "BOTH_NEEDED", "الدبلوماسية المتعددة الأطراف والتعاون بين أصحاب المصلحة المتعددين ليسا بديلين، فالمستقبل الرقمي يحتاج إليهما معاً.", MIX),
            Arguments.of(Language.AR, "NO_KEYWORD", "لا أحد يملك الإنترنت، ومعاييره توضع في محافل مفتوحة للجميع.", MS),
            // a cited formula ("the WSIS texts speak of ... multilateral, transparent and democratic") is weighed like
            // reported speech; the speaker's own reading decides (CITED)
            Arguments.of(Language.EN, "CITED", "The WSIS texts speak of governance that is multilateral, transparent and democratic. For us, that means first of all the open, bottom-up processes of the IGF.", MS),
            Arguments.of(Language.FR, "CITED", "Les textes de Tunis évoquent une gouvernance multilatérale, transparente et démocratique. Pour nous, cela signifie d'abord les processus ouverts et ascendants du FGI, fondés sur le modèle multipartite.", MS),
            Arguments.of(Language.ES, "CITED", "La Agenda de Túnez habla de una gobernanza multilateral, transparente y democrática. Para nosotros, eso significa ante todo los procesos abiertos y de abajo hacia arriba del FGI.", MS),
            Arguments.of(Language.RU, "CITED", "Тунисская программа говорит о многостороннем, прозрачном и демократическом управлении. Для нас это прежде всего открытые процессы ФУИ, выстроенные снизу вверх.", MS),
            Arguments.of(Language.ZH, "CITED", "突尼斯议程确实提到互联网的国际管理应当是多边、透明和民主的。对我们而言，这首先意味着互联网治理论坛开放、自下而上的进程。", MS),
            Arguments.of(Language.AR, "CITED", "تنص وثائق تونس على إدارة متعددة الأطراف وشفافة وديمقراطية. وبالنسبة إلينا يعني ذلك قبل كل شيء نموذج أصحاب المصلحة المتعددين في منتدى حوكمة الإنترنت.", MS),
            // thanks for hosting are logistics (HOSTING); "too important for governments alone, and without them" (TOO_IMPORTANT)
            Arguments.of(Language.EN, "HOSTING", "We thank Kenya for hosting the NETmundial follow-up meeting and the IGF secretariat for its support.", NONE),
            Arguments.of(Language.EN, "TOO_IMPORTANT", "The Internet is too important to be run by governments alone, and too important to be run without them.", MIX),
            Arguments.of(Language.FR, "HOSTING", "Nous remercions le Kenya d'avoir accueilli la réunion de suivi de NETmundial et le secrétariat du FGI pour son appui.", NONE),
            Arguments.of(Language.FR, "TOO_IMPORTANT", "L'Internet est trop important pour être géré par les seuls gouvernements, et trop important pour être géré sans eux.", MIX),
            Arguments.of(Language.ES, "HOSTING", "Agradecemos a Kenia por acoger la reunión de seguimiento de NETmundial y a la secretaría del FGI por su apoyo.", NONE),
            Arguments.of(Language.ES, "TOO_IMPORTANT", "Internet es demasiado importante para ser gestionado por los gobiernos solos, y demasiado importante para ser gestionado sin ellos.", MIX),
            Arguments.of(Language.RU, "HOSTING", "Благодарим Кению за проведение встречи по итогам NETmundial и секретариат ФУИ за поддержку.", NONE),
            Arguments.of(Language.RU, "TOO_IMPORTANT", "Управление сетью нельзя доверить только правительствам, но и управлять ею без них невозможно.", MIX),
            Arguments.of(Language.ZH, "HOSTING", "我们感谢肯尼亚主办本次会议，并感谢互联网治理论坛秘书处的支持。", NONE),
            Arguments.of(Language.ZH, "TOO_IMPORTANT", "互联网太重要了，不能只交给政府，也不能没有政府参与。", MIX),
            Arguments.of(Language.AR, "HOSTING", "نشكر كينيا على استضافة الاجتماع ونشكر أمانة منتدى حوكمة الإنترنت على دعمها.", NONE),
            Arguments.of(Language.AR, "TOO_IMPORTANT", "الإنترنت أهم من أن تُترك للحكومات وحدها، وأهم من أن تُدار من دونها.", MIX),
            // a concessive clause ("although we value ...") weighs less than the main clause (CONCESSIVE)
            Arguments.of(Language.EN, "CONCESSIVE", "Although we value the contributions of civil society and the technical community, decisions on Internet public policy must be taken by governments.", ML),
            Arguments.of(Language.FR, "CONCESSIVE", "Bien que nous apprécions les contributions de la société civile et de la communauté technique, les décisions de politique publique doivent être prises par les gouvernements.", ML),
            Arguments.of(Language.ES, "CONCESSIVE", "Aunque valoramos las contribuciones de la sociedad civil y de la comunidad técnica, las decisiones de política pública corresponden a los Estados.", ML),
            Arguments.of(Language.RU, "CONCESSIVE", "Хотя мы ценим вклад гражданского общества и технического сообщества, решения по вопросам публичной политики должны приниматься правительствами.", ML),
            Arguments.of(Language.ZH, "CONCESSIVE", "虽然我们重视民间社会和技术界的贡献，互联网公共政策的决定必须由各国政府作出。", ML),
            Arguments.of(Language.AR, "CONCESSIVE", "على الرغم من تقديرنا لإسهامات المجتمع المدني والمجتمع التقني، فإن قرارات السياسات العامة يجب أن تتخذها الحكومات.", ML),
            // "no objection to X" does not negate X (NO_OBJECTION)
            Arguments.of(Language.EN, "NO_OBJECTION", "We have no objection to the participation of all stakeholders in a multistakeholder IGF.", MS),
            Arguments.of(Language.FR, "NO_OBJECTION", "Nous n'avons rien contre la participation de toutes les parties prenantes à un FGI multipartite.", MS),
            Arguments.of(Language.ES, "NO_OBJECTION", "No tenemos nada en contra de la participación de todas las partes interesadas en un FGI de múltiples partes interesadas.", MS),
            Arguments.of(Language.RU, "NO_OBJECTION", "Мы ничего не имеем против участия всех заинтересованных сторон в работе ФУИ с участием многих заинтересованных сторон.", MS),
            Arguments.of(Language.ZH, "NO_OBJECTION", "我们并不反对所有利益攸关方参与多利益攸关方的互联网治理论坛。", MS),
            Arguments.of(Language.AR, "NO_OBJECTION", "لا نعترض على مشاركة جميع أصحاب المصلحة في منتدى حوكمة الإنترنت القائم على أصحاب المصلحة المتعددين.", MS),
            // ICANN's Governmental Advisory Committee is part of the multistakeholder model, not an advisory-only design (GAC)
            Arguments.of(Language.EN, "GAC", "We take part in the Governmental Advisory Committee of ICANN, alongside the private sector, civil society and the technical community, in the multistakeholder model.", MS),
            Arguments.of(Language.FR, "GAC", "Nous participons au Comité consultatif gouvernemental de l'ICANN, aux côtés du secteur privé, de la société civile et de la communauté technique, dans le modèle multipartite.", MS),
            Arguments.of(Language.ES, "GAC", "Participamos en el Comité Asesor Gubernamental de la ICANN, junto al sector privado, la sociedad civil y la comunidad técnica, en el modelo de múltiples partes interesadas.", MS),
            Arguments.of(Language.RU, "GAC", "Мы участвуем в работе Правительственного консультативного комитета ICANN вместе с частным сектором, гражданским обществом и техническим сообществом в рамках модели с участием многих заинтересованных сторон.", MS),
            Arguments.of(Language.ZH, "GAC", "我们与私营部门、民间社会和技术界一道参与ICANN政府咨询委员会的工作，支持多利益攸关方模式。", MS),
            Arguments.of(Language.AR, "GAC", "نشارك في اللجنة الاستشارية الحكومية لهيئة الإنترنت للأسماء والأرقام المخصصة إلى جانب القطاع الخاص والمجتمع المدني والمجتمع التقني في إطار نموذج أصحاب المصلحة المتعددين.", MS),
            // the French verb "a traité" (has processed) is not a treaty (TRAITE_VERB)
            Arguments.of(Language.FR, "TRAITE_VERB", "Notre autorité nationale a traité plus de deux mille plaintes relatives à la cybercriminalité cette année.", NONE),
            // "does not call into question X" affirms X (NOT_QUESTIONED)
            Arguments.of(Language.EN, "NOT_QUESTIONED", "My government does not call into question the multistakeholder model that has served the Internet so well.", MS),
            Arguments.of(Language.FR, "NOT_QUESTIONED", "Mon gouvernement ne remet pas en cause le modèle multipartite qui a si bien servi l'Internet.", MS),
            Arguments.of(Language.ES, "NOT_QUESTIONED", "Mi Gobierno no cuestiona el modelo de múltiples partes interesadas que tan bien ha servido a Internet.", MS),
            Arguments.of(Language.RU, "NOT_QUESTIONED", "Мое правительство не ставит под сомнение модель с участием многих заинтересованных сторон, которая хорошо служит интернету.", MS),
            Arguments.of(Language.ZH, "NOT_QUESTIONED", "我国政府并不质疑多利益攸关方模式，这一模式很好地服务了互联网。", MS),
            Arguments.of(Language.AR, "NOT_QUESTIONED", "لا نشكك في نموذج أصحاب المصلحة المتعددين الذي خدم الإنترنت جيدا.", MS),
            // advisory-only designs phrased as institutions: consulted, consultative mechanism, composed of States (ADVISORY_BODY)
            Arguments.of(Language.EN, "ADVISORY_BODY", "Civil society will be consulted each year; the council itself will be composed exclusively of Member States.", ML),
            Arguments.of(Language.FR, "ADVISORY_BODY", "La société civile sera consultée chaque année ; le conseil sera composé exclusivement d'États membres.", ML),
            Arguments.of(Language.ES, "ADVISORY_BODY", "La sociedad civil será consultada cada año; el consejo estará integrado exclusivamente por Estados miembros.", ML),
            Arguments.of(Language.RU, "ADVISORY_BODY", "С гражданским обществом будут ежегодно консультироваться, а сам совет будет состоять исключительно из государств-членов.", ML),
            Arguments.of(Language.ZH, "ADVISORY_BODY", "非国家行为体可通过咨询机制提出看法，理事会将完全由会员国组成。", ML),
            Arguments.of(Language.AR, "ADVISORY_BODY", "سيتم التشاور مع المجتمع المدني سنوياً، أما المجلس فسيتألف من الدول الأعضاء حصراً.", ML),
            // a reported proposal rejected in the next sentence (PROPOSAL_REJECTED); divided delegations (DIVIDED)
            Arguments.of(Language.EN, "PROPOSAL_REJECTED", "Several delegations proposed a legally binding convention on the Internet. We cannot support that proposal.", MS),
            Arguments.of(Language.EN, "DIVIDED", "Delegations remained divided between those favouring an intergovernmental council and those defending the multistakeholder model.", NONE),
            Arguments.of(Language.FR, "PROPOSAL_REJECTED", "Un groupe de pays a proposé une convention juridiquement contraignante sur l'Internet. Nous ne pouvons pas soutenir cette proposition.", MS),
            Arguments.of(Language.FR, "DIVIDED", "Les délégations se sont partagées entre les partisans d'un conseil intergouvernemental et les défenseurs du modèle multipartite.", NONE),
            Arguments.of(Language.ES, "PROPOSAL_REJECTED", "Un grupo de países propuso una convención jurídicamente vinculante sobre Internet. No podemos apoyar esa propuesta.", MS),
            Arguments.of(Language.ES, "DIVIDED", "Las delegaciones se dividieron entre quienes favorecen un consejo intergubernamental y quienes defienden el modelo de múltiples partes interesadas.", NONE),
            Arguments.of(Language.RU, "PROPOSAL_REJECTED", "Группа стран предложила юридически обязывающую конвенцию об интернете. Мы не можем поддержать это предложение.", MS),
            Arguments.of(Language.RU, "DIVIDED", "Делегации разделились на приверженцев межправительственного совета и защитников модели с участием многих заинтересованных сторон.", NONE),
            Arguments.of(Language.ZH, "PROPOSAL_REJECTED", "若干国家提议缔结一项具有法律约束力的互联网公约。我们不能支持这一提议。", MS),
            Arguments.of(Language.ZH, "DIVIDED", "各代表团分为两派：一派支持设立政府间理事会，另一派维护多利益攸关方模式。", NONE),
            Arguments.of(Language.AR, "PROPOSAL_REJECTED", "اقترحت مجموعة من البلدان اتفاقية ملزمة قانوناً بشأن الإنترنت. ولا يمكننا تأييد هذا الاقتراح.", MS),
            Arguments.of(Language.AR, "DIVIDED", "انقسمت الوفود بين من يؤيد إنشاء مجلس حكومي دولي ومن يدافع عن نموذج أصحاب المصلحة المتعددين.", NONE),
            // evaluative negators ("it would be a grave mistake to ...") before or after what they reject (MISTAKE_TO)
            Arguments.of(Language.EN, "MISTAKE_TO", "It would be a grave mistake to place the Internet under an intergovernmental agency.", MS),
            Arguments.of(Language.FR, "MISTAKE_TO", "Ce serait une grave erreur de placer l'Internet sous la tutelle d'une agence intergouvernementale.", MS),
            Arguments.of(Language.ES, "MISTAKE_TO", "Sería un grave error que la gobernanza de Internet quedara en manos de un organismo intergubernamental.", MS),
            Arguments.of(Language.RU, "MISTAKE_TO", "Было бы серьёзной ошибкой поставить интернет под контроль межправительственного агентства.", MS),
            Arguments.of(Language.ZH, "MISTAKE_TO", "把互联网置于政府间机构的管辖之下将是一个严重错误。", MS),
            Arguments.of(Language.AR, "MISTAKE_TO", "سيكون من الخطأ وضع الإنترنت تحت وصاية وكالة حكومية دولية.", MS),
            // "bilateral and multilateral partners", multilateral lenders: passing mentions (PASSING_PARTNERS)
            Arguments.of(Language.EN, "PASSING_PARTNERS", "Our fibre backbone was built with loans from multilateral lenders and grants from bilateral and multilateral partners.", NONE),
            Arguments.of(Language.FR, "PASSING_PARTNERS", "Notre dorsale en fibre a été financée par nos partenaires bilatéraux et multilatéraux.", NONE),
            Arguments.of(Language.ES, "PASSING_PARTNERS", "Nuestra red troncal de fibra se financió con el apoyo de socios bilaterales y multilaterales.", NONE),
            Arguments.of(Language.RU, "PASSING_PARTNERS", "Наша оптоволоконная магистраль построена при поддержке двусторонних и многосторонних партнёров.", NONE),
            Arguments.of(Language.ZH, "PASSING_PARTNERS", "我国光纤骨干网在双边和多边伙伴的支持下建成。", NONE),
            Arguments.of(Language.AR, "PASSING_PARTNERS", "أُنشئت شبكتنا الأساسية من الألياف بدعم من شركائنا الثنائيين والمتعددي الأطراف.", NONE),
            // a reported view adopted in the next sentence ("My delegation shares that view.") counts in full (AGREE)
            Arguments.of(Language.EN, "AGREE", "Some delegations stressed that the multistakeholder model must be preserved. My delegation fully shares that view.", MS),
            Arguments.of(Language.FR, "AGREE", "Certaines délégations ont souligné que le modèle multipartite doit être préservé. Nous partageons pleinement ce point de vue.", MS),
            Arguments.of(Language.ES, "AGREE", "Algunas delegaciones subrayaron que el modelo de múltiples partes interesadas debe preservarse. Compartimos plenamente esa opinión.", MS),
            Arguments.of(Language.RU, "AGREE", "Некоторые делегации подчеркнули, что модель с участием многих заинтересованных сторон необходимо сохранить. Мы полностью разделяем эту точку зрения.", MS),
            Arguments.of(Language.ZH, "AGREE", "一些代表团强调必须维护多利益攸关方模式。我们完全赞同这一观点。", MS),
            Arguments.of(Language.AR, "AGREE", "شددت بعض الوفود على ضرورة الحفاظ على نموذج أصحاب المصلحة المتعددين. ونحن نشاطر هذا الرأي.", MS),
            // a lone generic "multilateral" (trade talks, partners) is no position (PASSING_TRADE)
            Arguments.of(Language.EN, "PASSING_TRADE", "We welcome progress in the multilateral negotiations on e-commerce at the WTO.", NONE),
            Arguments.of(Language.FR, "PASSING_TRADE", "Nous saluons les progrès des négociations multilatérales sur le commerce électronique à l'OMC.", NONE),
            Arguments.of(Language.ES, "PASSING_TRADE", "Celebramos los avances en las negociaciones multilaterales sobre comercio electrónico en la OMC.", NONE),
            Arguments.of(Language.RU, "PASSING_TRADE", "Мы приветствуем прогресс на многосторонних переговорах по электронной торговле в рамках ВТО.", NONE),
            Arguments.of(Language.ZH, "PASSING_TRADE", "我们欢迎世贸组织电子商务多边谈判取得的进展。", NONE),
            Arguments.of(Language.AR, "PASSING_TRADE", "نرحب بالتقدم المحرز في المفاوضات المتعددة الأطراف بشأن التجارة الإلكترونية في منظمة التجارة العالمية.", NONE),
            // v1.5 LONG: a long development statement whose only cues are passing ones of one camp stays NO_POSITION;
            // a firm position in one sentence of it still counts
            Arguments.of(Language.EN, "LONG", "Thank you, Madam Chair. Our country has connected two thousand schools to broadband this year. Rural clinics now use telemedicine every day. We call for stronger multilateral cooperation on capacity building, including through the United Nations system. Young people are learning coding in every province. We thank the secretariat for its report. We look forward to a successful session.", NONE),
            Arguments.of(Language.EN, "LONG", "Thank you, Madam Chair. Our country has connected two thousand schools to broadband this year. Rural clinics now use telemedicine every day. Young people are learning coding in every province. We firmly support the multistakeholder model of Internet governance, which must remain bottom-up. We look forward to a successful session.", MS),
            Arguments.of(Language.FR, "LONG", "Merci, Madame la Présidente. Notre pays a raccordé deux mille écoles au haut débit cette année. Les dispensaires ruraux utilisent la télémédecine chaque jour. Nous appelons à renforcer la coopération multilatérale en matière de renforcement des capacités, notamment par le système des Nations Unies. Les jeunes apprennent la programmation dans chaque province. Nous remercions le secrétariat pour son rapport. Nous souhaitons plein succès à cette session.", NONE),
            Arguments.of(Language.ES, "LONG", "Gracias, señora Presidenta. Nuestro país ha conectado dos mil escuelas a la banda ancha este año. Las clínicas rurales utilizan la telemedicina a diario. Pedimos una cooperación multilateral más sólida en materia de creación de capacidad, también a través del sistema de las Naciones Unidas. Los jóvenes aprenden programación en cada provincia. Agradecemos a la secretaría su informe. Deseamos a esta sesión el mayor de los éxitos.", NONE),
            Arguments.of(Language.RU, "LONG", "Спасибо, госпожа Председатель. В этом году наша страна подключила к широкополосному доступу две тысячи школ. Сельские больницы ежедневно используют телемедицину. Мы призываем укреплять многостороннее сотрудничество в области наращивания потенциала, в том числе через систему Организации Объединенных Наций. Молодежь изучает программирование в каждой провинции. Мы благодарим секретариат за доклад. Желаем сессии успешной работы.", NONE),
            Arguments.of(Language.ZH, "LONG", "谢谢主席女士。今年我国为两千所学校接通了宽带。农村诊所每天都在使用远程医疗。我们呼吁在能力建设方面加强多边合作，包括通过联合国系统。每个省的青年都在学习编程。我们感谢秘书处的报告。祝本届会议圆满成功。", NONE),
            Arguments.of(Language.AR, "LONG", "شكرا سيدتي الرئيسة. ربط بلدنا هذا العام ألفي مدرسة بالنطاق العريض. وتستخدم العيادات الريفية التطبيب عن بعد كل يوم. وندعو إلى تعزيز التعاون المتعدد الأطراف في مجال بناء القدرات، بما في ذلك من خلال منظومة الأمم المتحدة. ويتعلم الشباب البرمجة في كل محافظة. ونشكر الأمانة على تقريرها. ونتمنى لهذه الدورة كل النجاح.", NONE),
            // v1.5 LONG_BALANCE: in a long statement a passing balancing cue does not turn a firm one-sided position MIXED
            Arguments.of(Language.EN, "LONG_BALANCE", "Thank you, Chair. Our national fibre network now reaches every district capital. Teachers in remote areas are being trained in digital skills. We value the work of the private sector and civil society in this effort. Yet decisions on international public policy for the Internet are the sovereign right of States. Others contribute within their respective roles and responsibilities. We wish the session every success.", ML),
            Arguments.of(Language.FR, "LONG_BALANCE", "Merci, Monsieur le Président. Notre réseau national de fibre atteint désormais chaque chef-lieu de district. Les enseignants des zones isolées sont formés aux compétences numériques. Nous apprécions le travail du secteur privé et de la société civile dans cet effort. Mais les décisions de politique publique internationale relatives à l'Internet relèvent du droit souverain des États. Les autres acteurs y contribuent selon leurs rôles et responsabilités respectifs. Nous souhaitons plein succès à la session.", ML),
            Arguments.of(Language.ES, "LONG_BALANCE", "Gracias, señor Presidente. Nuestra red nacional de fibra llega ya a todas las cabeceras de distrito. Los docentes de las zonas remotas reciben formación en competencias digitales. Valoramos el trabajo del sector privado y de la sociedad civil en este esfuerzo. Pero las decisiones de política pública internacional sobre Internet son un derecho soberano de los Estados. Los demás actores contribuyen conforme a sus respectivas funciones y responsabilidades. Deseamos a la sesión el mayor de los éxitos.", ML),
            Arguments.of(Language.RU, "LONG_BALANCE", "Спасибо, господин Председатель. Наша национальная оптоволоконная сеть теперь доходит до каждого районного центра. Учителя в отдаленных районах проходят обучение цифровым навыкам. Мы ценим работу частного сектора и гражданского общества в этом деле. Однако решения по вопросам международной публичной политики в отношении интернета являются суверенным правом государств. Остальные участники вносят вклад в соответствии со своими ролями и обязанностями. Желаем сессии успешной работы.", ML),
            Arguments.of(Language.ZH, "LONG_BALANCE", "谢谢主席。我国的国家光纤网络现已覆盖每个县城。偏远地区的教师正在接受数字技能培训。我们重视私营部门和民间社会在这方面的工作。互联网国际公共政策的决策是各国的主权权利。其他各方在各自的作用和职责范围内作出贡献。祝本届会议圆满成功。", ML),
            Arguments.of(Language.AR, "LONG_BALANCE", "شكرا سيدي الرئيس. تصل شبكة الألياف الوطنية الآن إلى كل عاصمة مقاطعة. ويتلقى المعلمون في المناطق النائية تدريبا على المهارات الرقمية. ونقدر عمل القطاع الخاص والمجتمع المدني في هذا الجهد. لكن القرارات المتعلقة بالسياسات العامة الدولية للإنترنت حق سيادي للدول. ويساهم الآخرون في إطار أدوارهم ومسؤولياتهم الخاصة. ونتمنى للدورة كل النجاح.", ML),
            // v1.5 ASKED: a question put to the speaker about others' proposal reports it; the answer is the position
            Arguments.of(Language.EN, "ASKED", "Journalists asked whether our country would back a new intergovernmental organization for the Internet. Our answer is that the open, bottom-up model has served everyone well.", MS),
            Arguments.of(Language.FR, "ASKED", "Des journalistes nous ont demandé si notre pays soutiendrait une nouvelle organisation intergouvernementale chargée de l'Internet. Notre réponse est que le modèle ouvert et ascendant a bien servi tout le monde.", MS),
            Arguments.of(Language.ES, "ASKED", "Los periodistas nos han preguntado si nuestro país apoyaría una nueva organización intergubernamental para Internet. Nuestra respuesta es que el modelo abierto y de abajo hacia arriba ha servido bien a todos.", MS),
            Arguments.of(Language.RU, "ASKED", "Журналисты спросили, поддержит ли наша страна новую межправительственную организацию по интернету. Наш ответ: открытая модель «снизу вверх» хорошо служит всем.", MS),
            // v1.6 WHETHER: ', whether through X or Y' spells out the means of the negated proposal: the negation reaches them
            // v1.6 EXTEND: refusing to extend an existing organisation's mandate to Internet matters; community-based bodies open to all
            // v1.6 NOOWNER: no single party owns or prevails; ROLES: governments' voice on public policy + stakeholders' role -> MIXED
            // v1.6 ONENEG: 'oppose any attempt' (future), 反对任何试图, возражает против are one negation; FIGHT: 'fight against crime' is none
            // v1.6 INCIDENTAL: ', once again,' between commas does not end the negated clause; THANKS: thanks to the ITU is no position
            Arguments.of(Language.EN, "WHETHER", "We will resist every effort to hand decisions on the Internet to governments alone, whether through a new convention or through a broader mandate for existing agencies.", MS),
            Arguments.of(Language.FR, "WHETHER", "Nous nous opposons à une gouvernance de l'Internet réservée aux seuls États, qu'elle passe par un nouveau traité ou par l'extension des mandats d'organisations existantes.", MS),
            Arguments.of(Language.ES, "WHETHER", "Rechazamos que las decisiones sobre internet queden solo en manos de los gobiernos, ya sea mediante un nuevo tratado o mediante la ampliación de los mandatos de organismos existentes.", MS),
            Arguments.of(Language.RU, "WHETHER", "Мы против передачи решений об интернете исключительно правительствам, будь то через новый договор или через расширение мандатов существующих организаций.", MS),
            Arguments.of(Language.ZH, "WHETHER", "我们反对把互联网决策权交给政府单独行使，无论是通过新的条约还是通过扩大现有组织的职权。", MS),
            Arguments.of(Language.AR, "WHETHER", "نرفض أن تنفرد الحكومات بالقرار في شؤون الإنترنت، سواء عبر معاهدة جديدة أو عبر توسيع صلاحيات منظمات قائمة.", MS),
            Arguments.of(Language.EN, "EXTEND", "Our ministry sees no reason for the Union to extend its mandate to the allocation of IP addresses; these tasks are carried out by community-based institutions that are open to all interested parties.", MS),
            Arguments.of(Language.FR, "EXTEND", "Notre ministère ne juge pas opportun d'étendre le mandat de l'UIT à l'attribution des adresses IP ; ces tâches relèvent d'institutions communautaires ouvertes à toutes les parties intéressées.", MS),
            Arguments.of(Language.ES, "EXTEND", "Nuestro ministerio no considera oportuno ampliar las competencias de la UIT a la asignación de direcciones IP; esas tareas corresponden a instituciones comunitarias abiertas a todas las partes interesadas.", MS),
            Arguments.of(Language.RU, "EXTEND", "Наше министерство не видит оснований расширять полномочия МСЭ на распределение IP-адресов: у Союза есть свой мандат в области электросвязи.", MS),
            Arguments.of(Language.ZH, "EXTEND", "本部认为，不宜把国际电联的职权扩展至IP地址分配。这些工作由社群主导的机构承担，并向所有感兴趣的各方开放。", MS),
            Arguments.of(Language.AR, "EXTEND", "لا ترى وزارتنا داعيا إلى توسيع ولاية الاتحاد لتشمل توزيع عناوين الإنترنت، فهذه المهام تتولاها مؤسسات نابعة من المجتمع ومفتوحة أمام كل من يرغب في المشاركة.", MS),
            Arguments.of(Language.FR, "NOOWNER", "Pour le ministre, la force du réseau vient de ce que sa gouvernance est partagée et qu'aucun acteur ne peut l'emporter sur les autres.", MS),
            Arguments.of(Language.ES, "NOOWNER", "Según la ministra, la fuerza de la red está en que nadie es su dueño y en que empresas, técnicos y usuarios deciden juntos.", MS),
            Arguments.of(Language.ZH, "NOOWNER", "部长表示，网络的活力在于治理由各方共同承担，任何一方都不能凌驾于其他各方之上。", MS),
            Arguments.of(Language.AR, "NOOWNER", "وقال الوزير إن قوة الشبكة تكمن في أن أحدا لا يحتكر إدارتها، وإن قواعدها تصاغ في حوار بين الحكومات والشركات والمستخدمين.", MS),
            Arguments.of(Language.EN, "ROLES", "States should have a strong voice on cross-border public policy, but the daily operation of the network belongs to its open, bottom-up communities, each in its own sphere.", MIX),
            Arguments.of(Language.FR, "ROLES", "Les questions de sécurité doivent faire l'objet d'une concertation entre États, tandis que la coordination technique reste aux communautés multi-acteurs ; les deux sont indissociables.", MIX),
            Arguments.of(Language.ES, "ROLES", "Los gobiernos tienen la responsabilidad principal en materia de políticas públicas, y la sociedad civil y la comunidad técnica deben participar plenamente; ambos principios son inseparables.", MIX),
            Arguments.of(Language.RU, "ROLES", "Государства должны иметь весомый голос в вопросах безопасности, а техническая работа сети — оставаться за открытыми профессиональными сообществами; нам нужно именно такое разделение ответственности.", MIX),
            Arguments.of(Language.AR, "ROLES", "نرى أن للحكومات دورا قياديا في السياسات العامة، وأن على المجتمع المدني والقطاع الخاص أن يشاركوا مشاركة كاملة، ولا نرى تعارضا بين الأمرين.", MIX),
            Arguments.of(Language.FR, "ONENEG", "La France s'opposera à toute tentative de confier la gestion des noms de domaine à une organisation intergouvernementale.", MS),
            Arguments.of(Language.ES, "ONENEG", "Nos opondremos a cualquier intento de confiar la gestión de los nombres de dominio a una organización intergubernamental.", MS),
            Arguments.of(Language.ZH, "ONENEG", "我们反对任何试图将域名管理交由政府间组织的做法。", MS),
            Arguments.of(Language.RU, "ONENEG", "Наша делегация возражает против передачи управления доменными именами межправительственной организации.", MS),
            Arguments.of(Language.EN, "FIGHT", "Cooperation in the fight against cybercrime should take place among States, through a binding intergovernmental framework.", ML),
            Arguments.of(Language.FR, "FIGHT", "La coopération dans la lutte contre la cybercriminalité doit relever d'une concertation entre États, dans un cadre intergouvernemental contraignant.", ML),
            Arguments.of(Language.ES, "FIGHT", "La cooperación en la lucha contra la ciberdelincuencia debe negociarse entre Estados, en un marco intergubernamental vinculante.", ML),
            Arguments.of(Language.RU, "FIGHT", "Сотрудничество в борьбе против киберпреступности должно строиться в рамках межправительственного механизма.", ML),
            Arguments.of(Language.EN, "INCIDENTAL", "We see no merit in reopening, once again, the idea of a new intergovernmental body to oversee the Internet.", MS),
            Arguments.of(Language.FR, "INCIDENTAL", "Nous ne voyons pas l'intérêt de relancer, une fois de plus, l'idée d'un nouvel organe intergouvernemental chargé de l'Internet.", MS),
            Arguments.of(Language.ES, "INCIDENTAL", "No vemos utilidad en reabrir, una vez más, la idea de un nuevo organismo intergubernamental para internet.", MS),
            Arguments.of(Language.RU, "INCIDENTAL", "Мы не видим смысла обсуждать, ещё раз, идею нового межправительственного органа для интернета.", MS),
            Arguments.of(Language.AR, "INCIDENTAL", "لا نرى فائدة في أن نطرح، مرة أخرى، فكرة إنشاء هيئة حكومية دولية جديدة للإنترنت.", MS),
            Arguments.of(Language.AR, "THANKS", "نتقدم بالشكر إلى الاتحاد الدولي للاتصالات على دعمه في تدريب المهندسين الشباب خلال العام الماضي.", NONE),
            // v1.6.2 (review of 1.6): an opinion phrase after a comma opens a new clause the negation must not reach;
            // 1.6 cues that misfired on neutral text (the EU or AU as "the Union", EU "institutions communautaires",
            // a company extending its business, a lone "inseparable", "no one owns the truth")
            Arguments.of(Language.EN, "INCIDENTAL", "We do not support a new treaty, in our view, multistakeholder governance works.", MS),
            Arguments.of(Language.ZH, "WHETHER", "我們反對把網際網路治理交給政府間組織，無論是通過新的條約還是擴大國際電聯的職權。", MS),
            Arguments.of(Language.FR, "EXTEND", "Les institutions communautaires ont adopté un nouveau règlement sur la protection des données.", NONE),
            Arguments.of(Language.ES, "EXTEND", "Las instituciones comunitarias aprobaron el presupuesto de la agenda digital.", NONE),
            Arguments.of(Language.EN, "EXTEND", "The company will extend its activities to Africa next year.", NONE),
            Arguments.of(Language.ZH, "EXTEND", "公司的业务扩展到非洲。", NONE),
            Arguments.of(Language.AR, "EXTEND", "نرحب بقرار الاتحاد الأفريقي توسيع أنشطة الاتحاد في مجال التحول الرقمي.", NONE),
            Arguments.of(Language.FR, "ROLES", "La sécurité et la liberté sont indissociables.", NONE),
            Arguments.of(Language.ES, "NOOWNER", "Nadie es dueño de la verdad en este debate sobre el comercio electrónico.", NONE),
            Arguments.of(Language.RU, "FIGHT", "Мы выступаем за борьбу против передачи управления интернетом межправительственной организации.", MS)
        );
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("cases")
    void classifiesHardCase(Language lang, String kind, String text, Stance expected) {
        if (LEARNED_MISSES.contains(text)) {
            assertEquals(expected, RULES.classify(text, lang).stance(), "rule-based label");
            assertTrue(CLF.classify(text, lang).stance() != expected, "the learned layer now gets this right: drop it from LEARNED_MISSES");
            return;
        }
        Classification c = CLF.classify(text, lang);
        assertEquals(expected, c.stance(), () -> kind + " " + lang + " -> " + c);
        if (expected != NONE) {
            assertFalse(c.evidence().isEmpty(), "a position must come with evidence");
        }
        if (kind.equals("NEGATION")) {
            assertTrue(c.evidence().stream().anyMatch(Evidence::negated), () -> "negated evidence expected: " + c.evidence());
        }
        if (expected == MS) {
            assertTrue(c.score() > 0, "score sign");
        } else if (expected == ML) {
            assertTrue(c.score() < 0, "score sign");
        }
        assertTrue(c.confidence() >= 0 && c.confidence() <= 1);
        assertTrue(c.multistakeholderSignal() >= 0 && c.multistakeholderSignal() <= 1);
        assertTrue(c.multilateralSignal() >= 0 && c.multilateralSignal() <= 1);
    }

    @ParameterizedTest(name = "detected language: {2}")
    @MethodSource("cases")
    void classifiesTheSameWithDetectedLanguage(Language lang, String kind, String text, Stance expected) {
        assertEquals(CLF.classify(text, lang).stance(), CLF.classify(text, null).stance());
    }
}
