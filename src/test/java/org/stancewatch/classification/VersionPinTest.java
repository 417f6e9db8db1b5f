package org.stancewatch.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Pins the lexicon + properties contents to the classifier version. If this fails you changed
 * src/main/resources/classification/** : bump classifier.version in classifier.properties (semantic versioning)
 * and update PINNED_VERSION and PINNED_HASH below.
 */
class VersionPinTest {

    static final String PINNED_VERSION = "1.6.2";
    static final String PINNED_HASH = "953986b8208fbd18351871831bdbc7685c5f22e75cdff0ef720f8e95f079d899";

    @Test
    void dataHashIsPinnedToVersion() {
        String version = LexiconStanceClassifier.loadDefault().version();
        String hash = LexiconStanceClassifier.dataFingerprint(VersionPinTest.class.getClassLoader());
        assertEquals(PINNED_VERSION + " " + PINNED_HASH, version + " " + hash,
                "Classifier data (classification/classifier.properties or classification/lexicon/*.tsv) changed or the "
                        + "version moved: bump classifier.version in classifier.properties and update PINNED_VERSION and "
                        + "PINNED_HASH in VersionPinTest to '" + version + "' / '" + hash + "'.");
    }

    @Test
    void versionIsSemanticAndReported() {
        StanceClassifier c = LexiconStanceClassifier.loadDefault();
        assertTrue(c.version().matches("\\d+\\.\\d+\\.\\d+"));
        assertEquals(c.version(), c.classify("multistakeholder", Language.EN).classifierVersion());
    }
}
