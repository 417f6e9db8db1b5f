package org.stancewatch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deterministic, realistic mix of statement events for the benchmarks: all six languages, 200 to 3,000
 * characters (mostly sentences without a position, as in real statements), every UN member state and the blocs, every forum, dates over 20 years (a backfill replays them
 * roughly in date order, with about 2% late), about 1% exact re-sends (duplicates) and about 0.5% malformed
 * records of every kind. Sentences are written for this generator; no real statement text is used.
 */
public final class StatementGenerator {

    public enum Kind { VALID, DUPLICATE, MALFORMED }

    public record Event(Kind kind, String id, String key, byte[] value, String state, String forum, LocalDate date, String language, String text) {}

    static final String[] FORUMS = {"UNGA", "ECOSOC", "CSTD", "WSIS", "IGF", "GDC", "ITU-PP", "ITU-COUNCIL", "WCIT", "OEWG", "AHC", "NETMUNDIAL", "WIC", "OTHER"};
    static final String[] LANGS = {"ar", "zh", "en", "fr", "ru", "es"};
    static final String[][] SENTENCES = {
        {"نؤكد أن صنع السياسات العامة المتعلقة بالإنترنت حق سيادي للدول.", "ندعم النموذج القائم على أصحاب المصلحة المتعددين في حوكمة الإنترنت.",
         "إن سد الفجوة الرقمية أولوية للبلدان النامية.", "نرحب بعمل منتدى حوكمة الإنترنت ونطالب بتعزيزه.",
         "ينبغي إنشاء آلية حكومية دولية تحت مظلة الأمم المتحدة.", "بناء القدرات والبنية التحتية عنصران أساسيان للتنمية."},
        {"我们支持多利益攸关方的互联网治理模式。", "互联网公共政策的决策权属于各国主权范围。", "应在联合国框架下建立政府间机制。",
         "弥合数字鸿沟是发展中国家的首要任务。", "我们重视互联网治理论坛的作用。", "加强能力建设和基础设施投资至关重要。"},
        {"We remain committed to the multistakeholder model of Internet governance.", "Policy authority for Internet-related public policy issues is the sovereign right of States.",
         "Closing the digital divide remains our first priority.", "The Internet Governance Forum should be strengthened and made permanent.",
         "A new intergovernmental mechanism under the United Nations is needed.", "Capacity building and affordable connectivity are essential for development."},
        {"Nous restons attachés au modèle multipartite de la gouvernance de l'Internet.", "La souveraineté des États sur les politiques publiques de l'Internet doit être respectée.",
         "La réduction de la fracture numérique demeure notre priorité.", "Le Forum sur la gouvernance de l'Internet doit être renforcé.",
         "Un mécanisme intergouvernemental placé sous l'égide des Nations Unies est nécessaire.", "Le renforcement des capacités est essentiel au développement."},
        {"Мы поддерживаем модель с участием многих заинтересованных сторон.", "Суверенное право государств на управление интернетом должно быть закреплено.",
         "Преодоление цифрового разрыва остается нашим приоритетом.", "Форум по управлению интернетом следует укрепить.",
         "Необходим межправительственный механизм под эгидой ООН.", "Наращивание потенциала имеет ключевое значение для развития."},
        {"Apoyamos el modelo de múltiples partes interesadas en la gobernanza de Internet.", "La soberanía de los Estados sobre las políticas públicas de Internet debe respetarse.",
         "Cerrar la brecha digital sigue siendo nuestra prioridad.", "El Foro para la Gobernanza de Internet debe fortalecerse.",
         "Se necesita un mecanismo intergubernamental bajo los auspicios de las Naciones Unidas.", "El fomento de la capacidad es esencial para el desarrollo."}};

    /** Sentences that take no position: most of a real statement is about development, access and capacity. */
    static final String[][] NEUTRAL = {
        {"نشكر الرئاسة على حسن إدارتها لأعمال هذه الدورة.", "تواصل حكومتنا الاستثمار في شبكات النطاق العريض في المناطق الريفية.",
         "نولي أهمية كبيرة لتعليم المهارات الرقمية للشباب والنساء.", "نتطلع إلى تعاون مثمر مع جميع الوفود خلال هذا الأسبوع."},
        {"感谢主席对本届会议的出色主持。", "我国政府持续加大农村地区宽带网络建设投入。", "我们高度重视青年和妇女的数字技能培训。", "我们期待本周与各代表团开展富有成果的合作。"},
        {"We thank the Chair for the able stewardship of this session.", "My Government continues to invest in broadband networks in rural areas.",
         "We attach great importance to digital skills for young people and women.", "We look forward to productive cooperation with all delegations this week."},
        {"Nous remercions la présidence pour la conduite de nos travaux.", "Mon gouvernement continue d'investir dans les réseaux à haut débit en zone rurale.",
         "Nous accordons une grande importance aux compétences numériques des jeunes et des femmes.", "Nous nous réjouissons de coopérer avec toutes les délégations cette semaine."},
        {"Благодарим Председателя за умелое руководство работой сессии.", "Наше правительство продолжает инвестировать в широкополосные сети в сельских районах.",
         "Мы придаем большое значение цифровым навыкам молодежи и женщин.", "Мы рассчитываем на плодотворное сотрудничество со всеми делегациями."},
        {"Agradecemos a la Presidencia la conducción de este período de sesiones.", "Mi Gobierno sigue invirtiendo en redes de banda ancha en las zonas rurales.",
         "Concedemos gran importancia a las competencias digitales de los jóvenes y las mujeres.", "Esperamos una cooperación fructífera con todas las delegaciones esta semana."}};

    private final List<String> actors;
    private final SplittableRandom rnd;

    public StatementGenerator(List<String> actors, long seed) {
        this.actors = actors;
        this.rnd = new SplittableRandom(seed);
    }

    /** The state codes of the reference-data migration, plus the blocs: the actors the service knows. */
    public static List<String> actorsFromMigration(Path repo) {
        try {
            String sql = Files.readString(repo.resolve("src/main/resources/db/migration/V2__reference_data.sql"));
            List<String> out = new ArrayList<>();
            Matcher m = Pattern.compile("\\('([A-Z]{3})', '[A-Z]{2}'").matcher(sql);
            while (m.find()) out.add(m.group(1));
            Matcher b = Pattern.compile("^\\s*\\('([A-Z0-9_]+)', '[^']*', '", Pattern.MULTILINE).matcher(sql.substring(sql.indexOf("INSERT INTO bloc ")));
            while (b.find()) if (!out.contains(b.group(1))) out.add(b.group(1));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code n} events; event i's date advances through 20 years, about 2% are dated earlier (late). */
    public List<Event> generate(int n, String idPrefix) {
        List<Event> out = new ArrayList<>(n);
        List<Event> valid = new ArrayList<>();
        LocalDate start = LocalDate.of(2005, 1, 1);
        for (int i = 0; i < n; i++) {
            double u = rnd.nextDouble();
            if (u < 0.005) {
                out.add(malformed(i, idPrefix));
            } else if (u < 0.015 && !valid.isEmpty()) {
                Event e = valid.get(rnd.nextInt(valid.size()));
                out.add(new Event(Kind.DUPLICATE, e.id(), e.key(), e.value(), e.state(), e.forum(), e.date(), e.language(), e.text()));
            } else {
                long day = (long) (i * 7300.0 / n);
                if (rnd.nextDouble() < 0.02) day = Math.max(0, day - rnd.nextInt(1, 720));
                Event e = valid(idPrefix + "-" + i, start.plusDays(day));
                valid.add(e);
                out.add(e);
            }
        }
        return out;
    }

    private Event valid(String id, LocalDate date) {
        String state = actors.get(rnd.nextInt(actors.size()));
        String forum = FORUMS[rnd.nextInt(FORUMS.length)];
        int l = rnd.nextInt(LANGS.length);
        int target = 200 + rnd.nextInt(2801);
        // like a real statement: one to three sentences that may carry a position, the rest about other things
        StringBuilder text = new StringBuilder();
        int positioned = 1 + rnd.nextInt(3);
        while (text.length() < target) {
            if (text.length() > 0) text.append(l == 1 ? "" : " ");
            String[] pool = positioned-- > 0 ? SENTENCES[l] : NEUTRAL[l];
            text.append(pool[rnd.nextInt(pool.length)]);
        }
        String t = text.length() > 3000 ? text.substring(0, 3000) : text.toString();
        String json = "{\"id\":\"" + id + "\",\"state\":\"" + state + "\",\"forum\":\"" + forum + "\",\"date\":\"" + date
                + "\",\"language\":\"" + LANGS[l] + "\",\"text\":\"" + t.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"source\":\"bench\"}";
        return new Event(Kind.VALID, id, state, json.getBytes(StandardCharsets.UTF_8), state, forum, date, LANGS[l], t);
    }

    private Event malformed(int i, String idPrefix) {
        String id = idPrefix + "-bad-" + i;
        byte[] v = switch (rnd.nextInt(5)) {
            case 0 -> "{not json".getBytes(StandardCharsets.UTF_8);
            case 1 -> ("{\"id\":\"" + id + "\",\"state\":\"XXX\",\"forum\":\"IGF\",\"date\":\"2020-01-01\",\"text\":\"t\"}").getBytes(StandardCharsets.UTF_8);
            case 2 -> ("{\"id\":\"" + id + "\",\"state\":\"BRA\",\"forum\":\"IGF\",\"date\":\"2020-01-01\"}").getBytes(StandardCharsets.UTF_8);
            case 3 -> ("{\"id\":\"" + id + "\",\"state\":\"BRA\",\"forum\":\"IGF\",\"date\":\"2020-01-01\",\"text\":17}").getBytes(StandardCharsets.UTF_8);
            default -> new byte[] {'{', '"', 'i', '"', ':', (byte) 0xC3, (byte) 0x28, '}'};
        };
        return new Event(Kind.MALFORMED, id, "BRA", v, null, null, null, null, null);
    }
}
