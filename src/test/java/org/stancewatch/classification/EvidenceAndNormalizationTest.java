package org.stancewatch.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Evidence offsets point into the original text, whatever the normalisation did. */
class EvidenceAndNormalizationTest {

    private static final LexiconStanceClassifier CLF = LexiconStanceClassifier.loadDefault();

    @ParameterizedTest(name = "{0}: ''{2}'' in {1}")
    @CsvSource(delimiter = '|', value = {
        // language | text | expected span (exact substring of the original) | axis
        "EN | We back the Multi‐Stakeholder model of Internet governance. | Multi‐Stakeholder model | MULTISTAKEHOLDER",
        "EN | We back the  multi  stakeholder   approach. | multi  stakeholder   approach | MULTISTAKEHOLDER",
        "EN | The bodies must be “intergovernmental” and nothing else. | intergovernmental | MULTILATERAL",
        "FR | Le modèle MULTIPARTITE a fait ses preuves. | modèle MULTIPARTITE | MULTISTAKEHOLDER",
        "FR | Nous refusons tout mécanisme intergouvernemental nouveau. | mécanisme intergouvernemental | MULTISTAKEHOLDER",
        "ES | Defendemos el enfoque de múltiples partes interesadas. | enfoque de múltiples partes interesadas | MULTISTAKEHOLDER",
        "ES | Se requieren órganos intergubernamentales. | órganos intergubernamentales | MULTILATERAL",
        "RU | Нужна межгосударственная система управления. | межгосударственная | MULTILATERAL",
        "RU | Мы ценим суверенитет каждого государства. | суверенитет | MULTILATERAL",
        "ZH | 我們支持多利益攸關方模式。 | 多利益攸關方模式 | MULTISTAKEHOLDER",
        "ZH | 必须尊重网络主权。 | 网络主权 | MULTILATERAL",
        "AR | نؤيد نهج أصحـــاب المصلحة المتعددين. | أصحـــاب المصلحة المتعددين | MULTISTAKEHOLDER",
        "AR | ونؤكد السيادة الرقمية للدول. | السيادة الرقمية | MULTILATERAL",
        "AR | وللدول حقٌ سياديٌّ في ذلك. | حقٌ سيادي | MULTILATERAL",
    })
    void evidenceSpanPointsAtOriginalText(Language lang, String text, String span, Axis axis) {
        Classification c = CLF.classify(text, lang);
        int expectedStart = text.indexOf(span);
        assertTrue(expectedStart >= 0, "test data: span must occur in text");
        boolean found = false;
        for (Evidence e : c.evidence()) {
            assertEquals(text.substring(e.start(), e.end()), e.text(), "evidence text must be the original substring");
            if (e.start() == expectedStart && e.end() == expectedStart + span.length() && e.axis() == axis) {
                found = true;
            }
        }
        assertTrue(found, () -> "no evidence [" + expectedStart + "," + (expectedStart + span.length()) + ") " + axis + " in " + c.evidence());
    }

    @Test
    void evidenceIsSortedByStart() {
        Classification c = CLF.classify("Sovereignty matters. The multistakeholder model works; intergovernmental bodies do not; "
                + "the IGF and all stakeholders matter; cyber sovereignty too.", Language.EN);
        List<Evidence> ev = c.evidence();
        assertTrue(ev.size() >= 4);
        for (int i = 1; i < ev.size(); i++) {
            assertTrue(ev.get(i - 1).start() <= ev.get(i).start(), "sorted by start");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "multistakeholder", "multi-stakeholder", "multi stakeholder", "Multi–Stakeholder", "multiple stakeholders",
    })
    void spellingVariantsAllCountAsMultistakeholder(String variant) {
        String text = "We support the " + variant + " approach.";
        Classification c = CLF.classify(text, Language.EN);
        assertTrue(c.evidence().stream().anyMatch(e -> e.axis() == Axis.MULTISTAKEHOLDER && !e.negated()
                && e.text().toLowerCase(java.util.Locale.ROOT).startsWith(variant.toLowerCase(java.util.Locale.ROOT))), c::toString);
        // the lexicon pass labels it; the learned layer (1.8.0) reads this bare one-liner as MIXED, a known miss of the
        // model on very short texts (README, "Classifier")
        assertEquals(Stance.MULTISTAKEHOLDER, CLF.rulesOnly().classify(text, Language.EN).stance());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "FR | Un organe intergouvernemental est indispensable.",
        "FR | Une instance intergouvernementale est indispensable.",
        "FR | Des mécanismes intergouvernementaux sont indispensables.",
        "FR | Des instances intergouvernementales sont indispensables.",
        "ES | Un órgano intergubernamental es indispensable.",
        "ES | Unos mecanismos intergubernamentales son indispensables.",
        "RU | Необходим межправительственный механизм.",
        "RU | Мы выступаем за создание межправительственного механизма.",
        "AR | نحتاج إلى آلية حكومية دولية.",
        "AR | ونطالب بالآلية الحكومية الدولية.",
    })
    void morphologicalFormsAreMatched(Language lang, String text) {
        Classification c = CLF.classify(text, lang);
        assertEquals(Stance.MULTILATERAL, c.stance(), c::toString);
    }

    @Test
    void emptyAndNullTextGiveNoPosition() {
        assertEquals(Stance.NO_POSITION, CLF.classify("", Language.EN).stance());
        assertEquals(Stance.NO_POSITION, CLF.classify(null, null).stance());
        assertTrue(CLF.classify("", Language.EN).evidence().isEmpty());
    }

    @Test
    void wordBoundariesAreRespected() {
        // "igf" inside another word and "treaty" inside "treatyless" must not match
        Classification c = CLF.classify("The bigfoot treatyless story.", Language.EN);
        assertTrue(c.evidence().isEmpty(), c::toString);
    }

    @Test
    void theCommaPrefilterAdmitsExactlyTheFirstCharactersTheWordListsMatch() {
        // the prefilter may skip the lists only where String.regionMatches(ignoreCase) could match none of them
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String one = String.valueOf((char) c);
            boolean matches = false;
            for (String[] words : List.of(TextNormalizer.INCIDENTALS, TextNormalizer.SUBORDINATORS, TextNormalizer.COORDINATORS)) {
                for (String w : words) matches |= one.regionMatches(true, 0, w, 0, 1);
            }
            assertEquals(matches, TextNormalizer.CLAUSE_WORD_START.get(c), "U+" + Integer.toHexString(c));
        }
    }
}
