package org.stancewatch.classification.bench;

import java.util.ArrayList;
import java.util.List;
import org.stancewatch.classification.Language;

/**
 * A mixed-language corpus of statement-like texts written for the benchmark (six languages, 0.3-3 KB each,
 * mixing governance-model language with development/ICT filler as real statements do).
 */
public final class BenchCorpus {

    private static final String[][] PARAGRAPHS = {
        {"en", "Mr. President, my delegation aligns itself with the statement delivered on behalf of the Group. We welcome the report of the Secretary-General and thank the secretariat for its work. Affordable broadband, digital skills and trustworthy infrastructure remain our first priorities, and we call on development partners to scale up financing for connectivity in rural and remote areas. On Internet governance, we reaffirm that the multistakeholder model, with the full involvement of governments, the private sector, civil society, the technical community and academia, has served the world well. However, some delegations have called for a new intergovernmental mechanism; we do not support the creation of such a body, and we prefer no new treaty on the Internet at all. The IGF should receive a permanent mandate and stable funding."},
        {"en", "Policy authority for Internet-related public policy issues is the sovereign right of States. All governments should have an equal role and responsibility for international Internet governance and for ensuring the stability, security and continuity of the Internet. Enhanced cooperation must be operationalised through an intergovernmental platform under the auspices of the United Nations, with other stakeholders participating in an advisory capacity. We note with concern that critical Internet resources remain under the unilateral control of one country."},
        {"fr", "Monsieur le Président, ma délégation se félicite de la tenue de cette réunion. La réduction de la fracture numérique, l'accès abordable et la formation aux compétences numériques restent nos priorités. S'agissant de la gouvernance de l'Internet, nous réaffirmons notre attachement au modèle multipartite, ascendant et ouvert. Toutefois, certains pays ont proposé un nouvel organe intergouvernemental : nous ne soutenons pas cette proposition, qui mettrait en péril l'unité du réseau. Le Forum sur la gouvernance de l'Internet doit être pérennisé."},
        {"es", "Señor Presidente, agradecemos a la Secretaría la preparación del informe. La brecha digital entre zonas urbanas y rurales sigue siendo profunda y pedimos financiación para la conectividad. La gestión internacional de Internet debería ser multilateral, transparente y democrática, con la plena participación de los gobiernos, el sector privado, la sociedad civil y las organizaciones internacionales. Sin embargo, la autoridad en las cuestiones de política pública es el derecho soberano de los Estados, y las demás partes interesadas deberían participar a título consultivo."},
        {"ru", "Господин Председатель, мы благодарим секретариат за подготовку доклада. Преодоление цифрового разрыва и развитие инфраструктуры остаются нашими приоритетами. Мы считаем, что международное управление интернетом должно быть многосторонним, прозрачным и демократическим, при полном участии правительств, частного сектора, гражданского общества и международных организаций. Однако суверенное право государств определять политику в отношении интернета должно быть закреплено, а решения должны приниматься на межгосударственной основе под эгидой ООН и Международного союза электросвязи."},
        {"zh", "主席先生，我们感谢秘书处的报告。弥合数字鸿沟、促进宽带普及和提升数字技能仍然是发展中国家的优先事项。关于互联网治理，我们主张建立多边、民主、透明的国际互联网治理体系，尊重网络主权，发挥政府的主导作用。一些国家主张维持现有的多利益攸关方模式，但是我们认为，各国政府应在平等基础上参与国际互联网公共政策的制定，私营部门和民间社会可以咨询身份参与。"},
        {"zh", "我們支持多利益攸關方的網路治理模式，反對將網際網路置於政府間機制的控制之下。網際網路治理論壇應獲得長期授權。"},
        {"ar", "السيد الرئيس، نشكر الأمانة على إعداد التقرير. لا يزال سد الفجوة الرقمية وتوفير النفاذ الميسور التكلفة إلى النطاق العريض من أولوياتنا. وفيما يتعلق بحوكمة الإنترنت، ينبغي أن تكون الإدارة الدولية للإنترنت متعددة الأطراف وشفافة وديمقراطية، بمشاركة كاملة من الحكومات والقطاع الخاص والمجتمع المدني والمنظمات الدولية. غير أن سلطة السياسات العامة المتعلقة بالإنترنت حق سيادي للدول، ولا نؤيد أي نموذج يقصي الحكومات عن صنع القرار."},
        {"en", "We congratulate the ITU on its anniversary and thank the host country for its hospitality. Spectrum management, satellite coordination and standardisation for 5G and beyond are essential for sustainable development, and we look forward to fruitful cooperation with all Member States in the next study period."},
    };

    private BenchCorpus() {
    }

    public record Doc(String text, Language language) {
    }

    /** Documents of roughly 0.3-3 KB built by concatenating paragraphs of one language (deterministic). */
    public static List<Doc> documents() {
        List<Doc> docs = new ArrayList<>();
        for (int rep = 1; rep <= 3; rep++) {
            for (String[] p : PARAGRAPHS) {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < rep; k++) {
                    if (k > 0) {
                        sb.append(' ');
                    }
                    sb.append(p[1]);
                }
                docs.add(new Doc(sb.toString(), Language.fromCode(p[0]).orElseThrow()));
            }
        }
        return docs;
    }

    public static long totalChars(List<Doc> docs) {
        long n = 0;
        for (Doc d : docs) {
            n += d.text().length();
        }
        return n;
    }
}
