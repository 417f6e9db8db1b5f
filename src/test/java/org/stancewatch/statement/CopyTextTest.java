package org.stancewatch.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CopyTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "plain text        | plain text",
            "tab\\there        | tab\\there",
            "a\\\\b            | a\\\\b",
            "line\\nbreak\\r   | line\\nbreak\\r",
            "Право и 法律 قانون | Право и 法律 قانون"})
    void escapesWhatCopyTextFormatReserves(String raw, String expected) {
        StringBuilder out = new StringBuilder();
        CopyText.value(out, unescape(raw));
        assertEquals(expected, out.toString());
    }

    @org.junit.jupiter.api.Test
    void aRowIsTabSeparatedNewlineTerminatedWithNullAsBackslashNAndBooleansAsTF() {
        StringBuilder out = new StringBuilder();
        CopyText.row(out, new Object[] {null, "x", 3L, true, false, java.time.LocalDate.of(2025, 12, 16), 0.25f});
        assertEquals("\\N\tx\t3\tt\tf\t2025-12-16\t0.25\n", out.toString());
    }

    /** The table writes control characters as \t, \n, \r and a backslash as \\, so the rows stay readable. */
    private static String unescape(String s) {
        return s.replace("\\\\", "\u0001").replace("\\t", "\t").replace("\\n", "\n").replace("\\r", "\r").replace("\u0001", "\\");
    }
}
