package org.stancewatch.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Label integrity: the label comes from the text alone, never from who said it. State names are masked before the
 * learned layer sees the text, so for every corpus statement in which a name is masked, putting another state's name
 * in its place must not change the label (nor the probabilities beyond rounding).
 */
class StateNameMaskingTest {

    private static final LexiconStanceClassifier CLF = LexiconStanceClassifier.loadDefault();

    /** Replacement names per language (each a gazetteer entry, so it is masked in turn). */
    private static final Map<Language, String[]> OTHERS = Map.of(
            Language.EN, new String[] {"Norway", "Brazil", "Russian Federation"},
            Language.FR, new String[] {"Norvège", "Brésil", "Chine"},
            Language.ES, new String[] {"Noruega", "Brasil", "China"},
            Language.RU, new String[] {"Норвегия", "Бразилия", "Китай"},
            Language.AR, new String[] {"النرويج", "البرازيل", "الصين"},
            Language.ZH, new String[] {"挪威", "巴西", "俄罗斯"});

    record Item(String id, Language lang, String text) {
    }

    static List<Item> corpus() throws IOException {
        ObjectMapper om = new ObjectMapper();
        List<Item> items = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/corpus"))) {
            // the training splits only: test and holdout stay unread outside the evaluator
            java.util.Set<String> training = java.util.Set.of("dev", "validation", "dev2", "dev3", "validation2", "dev4");
            files = s.filter(p -> p.toString().endsWith(".jsonl") && training.contains(p.getParent().getFileName().toString()))
                    .sorted().toList();
        }
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode n = om.readTree(line);
                    items.add(new Item(n.get("id").asText(), Language.fromCode(n.get("language").asText()).orElseThrow(),
                            n.get("text").asText()));
                }
            }
        }
        return items;
    }

    @Test
    void swappingTheStateNameDoesNotChangeTheLabel() throws IOException {
        int masked = 0;
        int swaps = 0;
        List<String> failures = new ArrayList<>();
        for (Item it : corpus()) {
            List<int[]> spans = CLF.maskedSpans(it.text(), it.lang());
            if (spans.isEmpty()) {
                continue;
            }
            masked++;
            Classification before = CLF.classify(it.text(), it.lang());
            for (String other : OTHERS.get(it.lang())) {
                StringBuilder sb = new StringBuilder(it.text());
                for (int m = spans.size() - 1; m >= 0; m--) {
                    sb.replace(spans.get(m)[0], spans.get(m)[1], other);
                }
                String swapped = sb.toString();
                if (swapped.equals(it.text())) {
                    continue;
                }
                swaps++;
                assertEquals(spans.size(), CLF.maskedSpans(swapped, it.lang()).size(), () -> it.id() + ": '" + other
                        + "' not masked in " + swapped);
                Classification after = CLF.classify(swapped, it.lang());
                if (after.stance() != before.stance() || Math.abs(after.confidence() - before.confidence()) > 0) {
                    failures.add(it.id() + " with '" + other + "': " + before.stance() + " " + before.confidence() + " -> "
                            + after.stance() + " " + after.confidence());
                }
            }
        }
        assertTrue(masked >= 50, "expected many corpus statements to name a state, found " + masked);
        assertTrue(failures.isEmpty(), failures.size() + " of " + swaps + " swaps changed the result:\n" + String.join("\n", failures));
    }

    @Test
    void masksNamesInEveryLanguageButNotLookAlikes() {
        assertMasked(Language.EN, "Switzerland is pleased to support the IGF.", "Switzerland");
        assertMasked(Language.EN, "The Russian Federation proposes a convention.", "Russian Federation");
        assertMasked(Language.FR, "La Russie constate que les États-Unis contrôlent l'ICANN.", "Russie", "États-Unis");
        assertMasked(Language.ES, "La delegación de Cuba apoya la Unión Europea.", "Cuba", "Unión Europea");
        assertMasked(Language.RU, "Российская Федерация и делегация России поддерживают договор.", "Российская Федерация", "России");
        assertMasked(Language.AR, "يرى الاتحاد الروسي أن على الولايات المتحدة أن تتخلى عن الرقابة.", "الاتحاد الروسي", "الولايات المتحدة");
        assertMasked(Language.ZH, "俄罗斯联邦和中国支持这一提案。", "俄罗斯联邦", "中国");
        // look-alikes that are not names: a meeting, "of that", developing countries, "focus"
        assertMasked(Language.FR, "La réunion a été utile.");
        assertMasked(Language.RU, "Кроме того, мы поддерживаем форум.");
        assertMasked(Language.ZH, "发展中国家需要更多支持。");
        assertMasked(Language.AR, "ينبغي التركيز على التنمية.");
    }

    @Test
    void aNameIsNeverACue() {
        // "des États-Unis" must not fire the French cue "contrôle des États"
        Classification c = CLF.classify("Nous dénonçons le contrôle des États-Unis sur les ressources critiques.", Language.FR);
        assertFalse(c.evidence().stream().anyMatch(e -> e.text().toLowerCase().contains("unis")), () -> c.evidence().toString());
    }

    private static void assertMasked(Language lang, String text, String... names) {
        List<String> got = CLF.maskedSpans(text, lang).stream().map(s -> text.substring(s[0], s[1])).toList();
        assertEquals(List.of(names), got, text);
    }
}
