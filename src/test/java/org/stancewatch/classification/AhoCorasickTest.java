package org.stancewatch.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class AhoCorasickTest {

    @Test
    void findsExactlyTheOccurrencesANaiveScanFinds() {
        Random rnd = new Random(42);
        String alphabet = "abcс多边 ";
        List<String> pats = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>();
        while (pats.size() < 60) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + rnd.nextInt(5);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            if (seen.add(sb.toString())) {
                pats.add(sb.toString());
            }
        }
        AhoCorasick ac = new AhoCorasick(pats);
        for (int round = 0; round < 50; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 300; i++) {
                text.append(rnd.nextInt(10) == 0 ? 'z' : alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String t = text.toString();
            TreeSet<String> expected = new TreeSet<>();
            for (int p = 0; p < pats.size(); p++) {
                int from = 0;
                while ((from = t.indexOf(pats.get(p), from)) >= 0) {
                    expected.add(p + "@" + (from + pats.get(p).length()));
                    from++;
                }
            }
            TreeSet<String> actual = new TreeSet<>();
            ac.scan(t.toCharArray(), t.length(), (pid, end) -> actual.add(pid + "@" + end));
            assertEquals(expected, actual);
        }
    }

    @Test
    void rejectsDuplicatesAndEmptyPatterns() {
        assertThrows(IllegalArgumentException.class, () -> new AhoCorasick(List.of("ab", "ab")));
        assertThrows(IllegalArgumentException.class, () -> new AhoCorasick(List.of("")));
    }
}
