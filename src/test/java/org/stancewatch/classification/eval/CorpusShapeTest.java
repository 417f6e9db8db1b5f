package org.stancewatch.classification.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stancewatch.classification.Language;
import org.stancewatch.classification.Stance;

/**
 * Every split of the corpus reads cleanly with the evaluation's own reader, has the size documented in the
 * README for each language (dev5 lost six statements that repeated the Tunis formula or another split), every label in every language, and ids unique across all splits.
 */
class CorpusShapeTest {
    static final Set<String> IDS = new HashSet<>();

    @ParameterizedTest
    @CsvSource({"dev,60,60", "validation,30,30", "dev2,40,40", "validation2,40,40", "dev3,20,20", "dev4,40,40",
        "validation3,40,40", "test,60,60", "holdout,50,50", "dev5,238,240", "dev6,240,240", "validation4,40,40"})
    void splitHasItsSizeAndEveryLabelInEveryLanguage(String split, int minPerLanguage, int maxPerLanguage) throws Exception {
        for (Language l : Language.values()) {
            Path file = CorpusSplits.file(split, l);
            assertTrue(Files.exists(file), file.toString());
            List<Evaluation.Item> items = Evaluation.read(file, file.toString());
            assertTrue(items.size() >= minPerLanguage && items.size() <= maxPerLanguage, file + ": " + items.size());
            Map<Stance, Integer> labels = new EnumMap<>(Stance.class);
            for (Evaluation.Item item : items) {
                assertEquals(l, item.language(), item.id());
                labels.merge(item.gold(), 1, Integer::sum);
                synchronized (IDS) {
                    assertTrue(IDS.add(item.id()), "duplicate id " + item.id());
                }
            }
            assertEquals(Stance.values().length, labels.size(), file + " labels " + labels);
        }
    }
}
