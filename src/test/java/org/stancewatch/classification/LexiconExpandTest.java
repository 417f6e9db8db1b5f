package org.stancewatch.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconExpandTest {

    @Test
    void expandsFlatAndEmptyAlternatives() {
        assertEquals(List.of("treaty", "treaties"), Lexicon.expand("treat{y|ies}", "t"));
        assertEquals(List.of("a b", "b"), Lexicon.expand("{a |}b", "t"));
    }

    @Test
    void expandsNestedGroups() {
        assertEquals(List.of("no single entity", "no single organization", "no single organisation", "no single state"),
                Lexicon.expand("no single {entity|organi{z|s}ation|state}", "t"));
        assertEquals(List.of("x ac", "x bc", "x d"), Lexicon.expand("x {{a|b}c|d}", "t"));
    }

    @Test
    void rejectsUnbalancedBraces() {
        assertThrows(IllegalStateException.class, () -> Lexicon.expand("a {b|c", "t"));
        assertThrows(IllegalStateException.class, () -> Lexicon.expand("a b}", "t"));
    }
}
