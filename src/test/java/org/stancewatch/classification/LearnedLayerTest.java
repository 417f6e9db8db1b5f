package org.stancewatch.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The learned layer's inference path agrees with the trainer's view, and its outputs are consistent. */
class LearnedLayerTest {

    private static final LexiconStanceClassifier CLF = LexiconStanceClassifier.loadDefault();

    private static final List<String[]> TEXTS = List.of(
            new String[] {"en", "We support the multistakeholder model; the IGF 2024 in Riyadh was a success for Norway and all."},
            new String[] {"fr", "La Russie estime que la gouvernance de l'Internet doit être multilatérale et intergouvernementale."},
            new String[] {"es", "Apoyamos el enfoque de múltiples partes interesadas."},
            new String[] {"ru", "Российская Федерация выступает за суверенное право государств."},
            new String[] {"ar", "ندعم نهج أصحاب المصلحة المتعددين في حوكمة الإنترنت."},
            new String[] {"zh", "中国主张建立多边、民主、透明的国际互联网治理体系。"},
            new String[] {"en", ""},
            new String[] {"en", "a"});

    @Test
    void fusedNgramLogitsEqualTheTrainersBucketList() {
        StanceModel m = StanceModel.read(Lexicon.readBytes(StanceModel.RESOURCE, getClass().getClassLoader()));
        StringBuilder longText = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            longText.append(TEXTS.get(i % 6)[1]).append(' ');
        }
        for (String[] t : java.util.stream.Stream.concat(TEXTS.stream(), java.util.stream.Stream.<String[]>of(
                new String[] {"en", longText.toString()})).toList()) {
            Language lang = Language.fromCode(t[0]).orElseThrow();
            LexiconStanceClassifier.FeatureVector fv = CLF.features(t[1], lang, m.spec, null);
            double[] expected = new double[StanceModel.K];
            int nb = fv.buckets().length;
            for (int b : fv.buckets()) {
                for (int c = 0; c < StanceModel.K; c++) {
                    expected[c] += m.hashed[(b << 2) + c];
                }
            }
            for (int c = 0; c < StanceModel.K; c++) {
                expected[c] = nb == 0 ? 0 : expected[c] * m.hashScale / Math.sqrt(nb);
            }
            TextNormalizer.Scratch s = new TextNormalizer.Scratch();
            TextNormalizer.normalize(t[1], s);
            List<int[]> spans = CLF.maskedSpans(t[1], lang);
            // masked spans in normalised coordinates, as the classifier computes them
            int[] ms = new int[spans.size()];
            int[] me = new int[spans.size()];
            for (int k = 0; k < spans.size(); k++) {
                for (int i = 0; i < s.len; i++) {
                    if (s.orig[i] == spans.get(k)[0] && ms[k] == 0) {
                        ms[k] = i;
                    }
                    if (s.orig[i] < spans.get(k)[1]) {
                        me[k] = i + 1;
                    }
                }
            }
            double[] got = new double[StanceModel.K];
            m.addNgramLogits(s.norm, s.len, ms, me, spans.size(), lang, new StanceModel.NgramScratch(), got);
            for (int c = 0; c < StanceModel.K; c++) {
                assertEquals(expected[c], got[c], 1e-9, t[1]);
            }
        }
    }

    @Test
    void signalsScoreAndConfidenceFollowTheProbabilities() {
        for (String[] t : TEXTS) {
            Classification c = CLF.classify(t[1], Language.fromCode(t[0]).orElseThrow());
            assertTrue(c.confidence() >= 0.25 - 1e-9 && c.confidence() <= 1, c.toString());
            assertTrue(c.multistakeholderSignal() >= 0 && c.multistakeholderSignal() <= 1);
            assertTrue(c.multilateralSignal() >= 0 && c.multilateralSignal() <= 1);
            assertEquals(c.multistakeholderSignal() - c.multilateralSignal(), c.score(), 0.0021);
            if (c.stance() == Stance.MULTISTAKEHOLDER) {
                assertTrue(c.score() > 0, c.toString());
            } else if (c.stance() == Stance.MULTILATERAL) {
                assertTrue(c.score() < 0, c.toString());
            }
            assertEquals(VersionPinTest.PINNED_VERSION, c.classifierVersion());
        }
    }

    @Test
    void rulesOnlyIsTheLexiconPass() {
        assertTrue(CLF.isLearned());
        assertTrue(!CLF.rulesOnly().isLearned());
        Classification learned = CLF.classify("We support the multistakeholder model.", Language.EN);
        Classification rules = CLF.rulesOnly().classify("We support the multistakeholder model.", Language.EN);
        assertEquals(rules.evidence(), learned.evidence(), "the evidence spans are the lexicon's");
    }
}
