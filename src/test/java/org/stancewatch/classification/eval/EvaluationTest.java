package org.stancewatch.classification.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluationTest {

    @TempDir
    Path dir;

    private static final String GOOD1 = "{\"id\":\"a\",\"language\":\"en\",\"text\":\"We support the multistakeholder model.\",\"label\":\"MULTISTAKEHOLDER\",\"state\":\"XXX\",\"source\":\"s\"}";
    private static final String GOOD2 = "{\"id\":\"b\",\"language\":\"fr\",\"text\":\"La souveraineté des États est essentielle.\",\"label\":\"MULTILATERAL\",\"note\":\"n\"}";

    private int run(String content, ByteArrayOutputStream out, ByteArrayOutputStream err) throws IOException {
        Path f = dir.resolve("data.jsonl");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return Evaluation.run(new String[] {f.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void reportsMetricsOnAWellFormedFile() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = run(GOOD1 + "\n" + GOOD2 + "\n", out, err);
        String s = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, rc, err.toString(StandardCharsets.UTF_8));
        assertTrue(s.contains("count      2"), s);
        assertTrue(s.contains("accuracy   1.000"), s);
        assertTrue(s.contains("macro-F1"), s);
        assertTrue(s.contains("confusion matrix"), s);
        assertTrue(s.contains("per language"), s);
        assertTrue(s.contains("calibration"), s);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"id\":\"c\",\"language\":\"en\",\"text\":\"x\" | bad JSON",
        "{\"id\":\"c\",\"language\":\"en\",\"label\":\"MIXED\"} | missing field 'text'",
        "{\"id\":\"c\",\"text\":\"x\",\"label\":\"MIXED\"} | missing field 'language'",
        "{\"id\":\"c\",\"language\":\"de\",\"text\":\"x\",\"label\":\"MIXED\"} | unknown language",
        "{\"id\":\"c\",\"language\":\"en\",\"text\":\"x\",\"label\":\"NEUTRAL\"} | unknown label",
        "[1,2,3] | not a JSON object",
    })
    void malformedLineGivesNonZeroExitAndLineNumber(String badLine, String reason) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = run(GOOD1 + "\n" + GOOD2 + "\n" + badLine + "\n", out, err);
        String e = err.toString(StandardCharsets.UTF_8);
        assertNotEquals(0, rc);
        assertTrue(e.contains("line 3: "), e);
        assertTrue(e.contains(reason), e);
    }

    @Test
    void usageErrorWithoutArguments() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = Evaluation.run(new String[0], new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertNotEquals(0, rc);
    }
}
