package org.stancewatch.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stancewatch.classification.Stance;

/** The stance rule alone, table-driven: sequences of statement labels and the changes they must raise. */
class StanceModelTest {

    static final StanceModel MODEL = new StanceModel(new StanceModel.Params(24, 6, 0.8, 50, 2, 0.15));

    /** "S" multistakeholder, "L" multilateral, "X" mixed, "N" no position; one statement per {@code stepDays}. */
    static List<StanceModel.Point> points(String labels, int stepDays) {
        List<StanceModel.Point> out = new ArrayList<>();
        LocalDate d = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < labels.length(); i++) {
            Stance s = switch (labels.charAt(i)) {
                case 'S' -> Stance.MULTISTAKEHOLDER;
                case 'L' -> Stance.MULTILATERAL;
                case 'X' -> Stance.MIXED;
                default -> Stance.NO_POSITION;
            };
            double score = switch (s) {
                case MULTISTAKEHOLDER -> 0.8;
                case MULTILATERAL -> -0.8;
                default -> 0;
            };
            out.add(new StanceModel.Point("s" + i, i, d.plusDays((long) i * stepDays), s, score, 0.9, "t"));
        }
        return out;
    }

    /** The stances an actor goes through, in order, when the statements arrive one by one. */
    static List<String> changes(List<StanceModel.Point> pts) {
        List<String> out = new ArrayList<>();
        StanceModel.Current current = StanceModel.Current.UNKNOWN;
        for (int i = 0; i < pts.size(); i++) {
            StanceModel.Change c = MODEL.decide(current, pts.subList(0, i + 1).stream().filter(p -> p.stance() != Stance.NO_POSITION).toList());
            if (pts.get(i).stance() == Stance.NO_POSITION) continue;
            if (c != null) {
                out.add(c.current().stance());
                current = c.current();
            }
        }
        return out;
    }

    static Stream<Arguments> sequences() {
        return Stream.of(
                Arguments.of("three then three, same day", "SSSLLL", 0, List.of("MULTISTAKEHOLDER", "MULTILATERAL")),
                Arguments.of("three then three, monthly", "SSSLLL", 30, List.of("MULTISTAKEHOLDER", "MULTILATERAL")),
                Arguments.of("three then three, yearly", "SSSLLL", 365, List.of("MULTISTAKEHOLDER", "MULTILATERAL")),
                Arguments.of("one stray statement", "SSSL", 30, List.of("MULTISTAKEHOLDER")),
                Arguments.of("one stray then back", "SSSLSS", 30, List.of("MULTISTAKEHOLDER")),
                Arguments.of("no-position statements are ignored", "SNNNNS", 30, List.of("MULTISTAKEHOLDER")),
                Arguments.of("only no position", "NNN", 30, List.of()),
                Arguments.of("first statement sets the stance", "L", 30, List.of("MULTILATERAL")),
                Arguments.of("alternating does not flap", "SLSLSLSL", 30, List.of("MULTISTAKEHOLDER", "MIXED")),
                Arguments.of("mixed statements", "XXX", 30, List.of("MIXED")),
                Arguments.of("a gap beyond the window resets the weighing", "SSS", 1000, List.of("MULTISTAKEHOLDER")),
                Arguments.of("a stance no statement in the window supports gives way", "LSS", 1000, List.of("MULTILATERAL", "MULTISTAKEHOLDER")),
                Arguments.of("a sparse speaker moves with its statements", "LXS", 800, List.of("MULTILATERAL", "MIXED", "MULTISTAKEHOLDER")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sequences")
    void changesAsExpected(String name, String labels, int stepDays, List<String> expected) {
        assertEquals(expected, changes(points(labels, stepDays)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sequences")
    void replayAgreesWithIncrementalProcessing(String name, String labels, int stepDays, List<String> expected) {
        StanceModel.Replay replay = MODEL.replay(points(labels, stepDays));
        assertEquals(expected, replay.timeline().stream().map(p -> p.stance().stance()).toList());
        assertEquals(expected.isEmpty() ? "UNKNOWN" : expected.get(expected.size() - 1), replay.current().stance());
    }
}
