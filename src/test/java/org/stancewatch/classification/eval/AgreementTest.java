package org.stancewatch.classification.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stancewatch.classification.Stance.MIXED;
import static org.stancewatch.classification.Stance.MULTILATERAL;
import static org.stancewatch.classification.Stance.MULTISTAKEHOLDER;
import static org.stancewatch.classification.Stance.NO_POSITION;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgreementTest {

    @TempDir
    Path dir;

    private static final String CORPUS = """
            {"id":"a","language":"en","text":"We support the multistakeholder model of Internet governance.","label":"MULTISTAKEHOLDER"}
            {"id":"b","language":"fr","text":"Nous appelons à un nouvel organe intergouvernemental sous l'égide des Nations Unies.","label":"MULTILATERAL"}
            {"id":"c","language":"en","text":"Broadband reached 60 per cent of households last year.","label":"NO_POSITION"}
            {"id":"d","language":"fr","text":"Le haut débit progresse.","label":"MIXED"}
            """;

    @Test
    void kappaCorrectsAgreementForChance() {
        // observed 0.75; label shares (1/2, 1/2) and (1/4, 3/4) predict 0.5 by chance; kappa = (0.75 - 0.5) / 0.5
        assertEquals(0.5, Agreement.kappa(List.of(MULTISTAKEHOLDER, MULTISTAKEHOLDER, MULTILATERAL, MULTILATERAL),
                List.of(MULTISTAKEHOLDER, MULTILATERAL, MULTILATERAL, MULTILATERAL)), 1e-12);
        assertEquals(1.0, Agreement.kappa(List.of(MIXED, NO_POSITION), List.of(MIXED, NO_POSITION)), 1e-12);
        // a source that gives one label throughout agrees only as often as chance predicts: kappa 0
        assertEquals(0.0, Agreement.kappa(List.of(MIXED, MIXED), List.of(MIXED, NO_POSITION)), 1e-12);
    }

    @Test
    void majorityNeedsMoreThanHalfTheSources() {
        var a = new Agreement.Source("a", List.of(MIXED, MIXED));
        var b = new Agreement.Source("b", List.of(MIXED, NO_POSITION));
        var c = new Agreement.Source("c", List.of(NO_POSITION, MULTILATERAL));
        assertEquals(MIXED, Agreement.majority(List.of(a, b, c), 0));
        assertNull(Agreement.majority(List.of(a, b, c), 1));
    }

    @Test
    void reportsEveryPairAndTheClassifierAgainstTheHumanMajority() throws IOException {
        Path corpus = write("corpus.jsonl", CORPUS);
        Path x = write("x.jsonl", """
                {"id":"d","label":"NO_POSITION","sure":false}
                {"id":"c","label":"NO_POSITION"}
                {"id":"b","label":"MULTILATERAL"}
                {"id":"a","label":"MULTISTAKEHOLDER"}
                """);
        Path y = write("y.jsonl", """
                {"id":"a","label":"MIXED"}
                {"id":"b","label":"MULTILATERAL"}
                {"id":"c","label":"NO_POSITION"}
                {"id":"d","label":"NO_POSITION"}
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = Agreement.run(new String[] {corpus.toString(), "--annotation", "x=" + x, "--annotation", "y=" + y},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String s = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, rc, err.toString(StandardCharsets.UTF_8));
        assertTrue(s.contains("gold -> x"), s);
        assertTrue(s.contains("x -> y"), s);
        assertTrue(s.contains("y -> classifier"), s);
        // gold and x differ on d only; x and y on a only
        assertTrue(s.lines().anyMatch(l -> l.contains("gold -> x") && l.contains("agreement 0.750")), s);
        assertTrue(s.lines().anyMatch(l -> l.contains("x -> y") && l.contains("agreement 0.750")), s);
        // a majority on all four (a: MS 2 of 3, d: NO_POSITION 2 of 3); all three agree on b and c only
        assertTrue(s.contains("human majority exists on 4 of 4; all humans agree on 2 of 4"), s);
        assertTrue(s.contains("confusion, rows gold, columns y"), s);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"id\":\"a\",\"label\":\"MIXED\"}\\n{\"id\":\"b\",\"label\":\"MIXED\"}\\n{\"id\":\"c\",\"label\":\"MIXED\"} | 1 corpus statements unlabelled",
        "{\"id\":\"a\",\"label\":\"MIXED\"}\\n{\"id\":\"a\",\"label\":\"MIXED\"} | line 2: id 'a' labelled twice",
        "{\"id\":\"z\",\"label\":\"MIXED\"} | line 1: id 'z' is not in the corpus",
        "{\"id\":\"a\",\"label\":\"BOTH\"} | line 1: unknown label 'BOTH'",
        "{\"id\":\"a\"} | line 1: missing field 'label'",
        "{\"id\": | line 1: bad JSON",
    })
    void anIncompleteOrMalformedLabelFileIsRefusedWithItsLine(String labels, String reason) throws IOException {
        Path corpus = write("corpus.jsonl", CORPUS);
        Path x = write("x.jsonl", labels.replace("\\n", "\n"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = Agreement.run(new String[] {corpus.toString(), "--annotation", "x=" + x}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, rc);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(reason), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void usageErrors() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        assertEquals(2, Agreement.run(new String[] {"corpus.jsonl"}, sink, sink));
        assertEquals(2, Agreement.run(new String[] {"corpus.jsonl", "--annotation", "gold=x.jsonl"}, sink, sink));
        assertEquals(2, Agreement.run(new String[] {"corpus.jsonl", "--annotation", "x.jsonl"}, sink, sink));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
