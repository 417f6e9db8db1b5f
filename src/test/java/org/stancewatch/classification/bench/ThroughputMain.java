package org.stancewatch.classification.bench;

import java.util.List;
import java.util.Locale;
import org.stancewatch.classification.LexiconStanceClassifier;
import org.stancewatch.classification.StanceClassifier;

/** Quick non-JMH sanity check: prints chars/s on one thread after a warm-up. */
public final class ThroughputMain {

    private ThroughputMain() {
    }

    public static void main(String[] args) {
        StanceClassifier clf = LexiconStanceClassifier.loadDefault();
        List<BenchCorpus.Doc> docs = BenchCorpus.documents();
        long chars = BenchCorpus.totalChars(docs);
        long sink = 0;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            long done = 0;
            while (System.nanoTime() - t0 < 2_000_000_000L) {
                for (BenchCorpus.Doc d : docs) {
                    sink += clf.classify(d.text(), d.language()).evidence().size();
                }
                done += chars;
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: %,.0f chars/s (single thread)%n", round + 1, done / secs);
        }
        System.out.println("(checksum " + sink + ")");
    }
}
