package org.stancewatch.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Pins the lexicon + properties contents to the classifier version. If this fails you changed
 * src/main/resources/classification/** (lexicons, settings, the learned layer's stance-model.bin) or the JDK's
 * country names behind the Gazetteer: bump classifier.version in classifier.properties (semantic versioning)
 * and update PINNED_VERSION and PINNED_HASH below.
 */
class VersionPinTest {

    static final String PINNED_VERSION = "1.8.0";
    static final String PINNED_HASH = "227ff71c818204a261560a0c15397d589ed8da47c082c17da2f2640729676b47";

    @Test
    void dataHashIsPinnedToVersion() {
        String version = LexiconStanceClassifier.loadDefault().version();
        String hash = LexiconStanceClassifier.dataFingerprint(VersionPinTest.class.getClassLoader());
        assertEquals(PINNED_VERSION + " " + PINNED_HASH, version + " " + hash,
                "Classifier data (classification/classifier.properties, classification/lexicon/*.tsv, "
                        + "classification/stance-model.bin or the JDK's country names) changed or the "
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
