package org.stancewatch.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parser's UTF-8 check agrees with the JDK's strict decoder. */
class Utf8ValidationTest {

    static boolean jdk(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @ParameterizedTest
    @CsvSource({
        "7b7d, true", "c3a9, true", "e4b8ad, true", "f09f9880, true", "d8b3, true",
        "c328, false", "c0af, false", "e08080, false", "eda080, false", "f4908080, false", "ff, false", "e4b8, false"})
    void knownCases(String hex, boolean valid) {
        assertEquals(valid, StatementEventParser.validUtf8(HexFormat.of().parseHex(hex)), hex);
    }

    @Test
    void agreesWithTheJdkOnRandomBytes() {
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 300_000; i++) {
            byte[] b = new byte[r.nextInt(7)];
            for (int k = 0; k < b.length; k++) b[k] = (byte) r.nextInt(256);
            assertEquals(jdk(b), StatementEventParser.validUtf8(b), HexFormat.of().formatHex(b));
        }
    }
}
