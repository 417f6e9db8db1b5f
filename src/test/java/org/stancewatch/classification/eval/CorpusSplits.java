package org.stancewatch.classification.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stancewatch.classification.Language;

/** The labelled corpus of {@code src/test/resources/corpus/}: one JSONL file per split and language. */
public final class CorpusSplits {

    static final Path ROOT = Path.of("src/test/resources/corpus");

    private CorpusSplits() {
    }

    /** One split's file for one language. */
    public static Path file(String split, Language language) {
        return ROOT.resolve(split).resolve(language.code() + ".jsonl");
    }

    /** Every statement of these splits, split by split, each in language order. */
    public static List<Evaluation.Item> read(String... splits) throws IOException, Evaluation.MalformedException {
        List<Evaluation.Item> items = new ArrayList<>();
        for (String split : splits) {
            for (Language l : Language.values()) {
                Path f = file(split, l);
                items.addAll(Evaluation.read(f, f.toString()));
            }
        }
        return items;
    }
}
