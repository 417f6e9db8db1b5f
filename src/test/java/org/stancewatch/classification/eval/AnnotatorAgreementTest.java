package org.stancewatch.classification.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stancewatch.classification.Stance;

/**
 * The never-tuned splits keep the labels that independent, blind annotators confirmed (README, "Label agreement"):
 * each annotator's labels ({@code corpus/annotations/SPLIT.NAME.jsonl}) differ from the split's gold labels on no
 * more statements than when they were taken. Relabelling a statement the annotators agreed on fails here.
 */
class AnnotatorAgreementTest {

    @ParameterizedTest(name = "{0} against annotator {1}: at most {2} differences")
    @CsvSource({"test,A,1", "test,B,3", "validation3,C,3"})
    void goldLabelsDifferFromTheBlindAnnotationOnlyWhereTheyDidWhenTaken(String split, String annotator, int differences) throws Exception {
        List<Evaluation.Item> items = CorpusSplits.read(split);
        List<Stance> annotated = Agreement.readLabels(CorpusSplits.ROOT.resolve("annotations").resolve(split + "." + annotator + ".jsonl"), items);
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).gold() != annotated.get(i)) differ.add(items.get(i).id() + " gold " + items.get(i).gold() + ", " + annotator + " " + annotated.get(i));
        }
        assertTrue(differ.size() <= differences, differ.size() + " differences: " + differ);
    }
}
