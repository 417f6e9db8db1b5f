package org.stancewatch.statement;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.stancewatch.classification.LexiconStanceClassifier;
import org.stancewatch.classification.StanceClassifier;

/** Makes the plain-Java classifier a bean; its automaton is built once, at start-up. */
public class ClassifierProducer {
    private static final Logger LOG = Logger.getLogger(ClassifierProducer.class);

    @Produces
    @Singleton
    StanceClassifier classifier() {
        StanceClassifier c = LexiconStanceClassifier.loadDefault();
        LOG.infof("Stance classifier %s loaded", c.version());
        return c;
    }
}
