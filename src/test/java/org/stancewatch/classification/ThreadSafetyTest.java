package org.stancewatch.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ThreadSafetyTest {

    @Test
    void concurrentResultsEqualSequentialResults() throws Exception {
        StanceClassifier clf = LexiconStanceClassifier.loadDefault();
        List<String> texts = new ArrayList<>();
        for (var a : HardCasesTest.cases().toList()) {
            texts.add((String) a.get()[2]);
        }
        // a long text makes per-thread buffers grow while other threads use theirs
        texts.add(String.join(" ", texts));
        List<Classification> sequential = new ArrayList<>();
        for (String t : texts) {
            sequential.add(clf.classify(t, null));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Classification>>> futures = new ArrayList<>();
            for (int th = 0; th < 8; th++) {
                final int offset = th;
                futures.add(pool.submit(() -> {
                    List<Classification> out = new ArrayList<>();
                    for (int round = 0; round < 50; round++) {
                        for (int k = 0; k < texts.size(); k++) {
                            int idx = (k + offset) % texts.size();
                            Classification c = clf.classify(texts.get(idx), null);
                            if (round == 49) {
                                out.add(c);
                            }
                            assertEquals(sequential.get(idx), c, "text #" + idx);
                        }
                    }
                    return out;
                }));
            }
            for (Future<List<Classification>> f : futures) {
                assertEquals(texts.size(), f.get().size());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
