package org.stancewatch.classification.bench;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.stancewatch.classification.Classification;
import org.stancewatch.classification.LexiconStanceClassifier;
import org.stancewatch.classification.StanceClassifier;

/**
 * JMH throughput benchmark: one operation = classifying the whole mixed-language corpus once. {@link #main} runs it
 * and prints characters per second per thread (ops/s x corpus chars). Two variants: language given, and language
 * detected (null).
 *
 * <p>Run: {@code mvn -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * "-Dexec.args=-cp %classpath org.stancewatch.classification.bench.ClassifierBenchmark"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClassifierBenchmark {

    private StanceClassifier classifier;
    private List<BenchCorpus.Doc> docs;

    @Setup
    public void setup() {
        classifier = LexiconStanceClassifier.loadDefault();
        docs = BenchCorpus.documents();
    }

    @Benchmark
    public void classifyCorpus(Blackhole bh) {
        for (BenchCorpus.Doc d : docs) {
            Classification c = classifier.classify(d.text(), d.language());
            bh.consume(c);
        }
    }

    @Benchmark
    public void classifyCorpusDetectLanguage(Blackhole bh) {
        for (BenchCorpus.Doc d : docs) {
            bh.consume(classifier.classify(d.text(), null));
        }
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        Options opt = new OptionsBuilder().include(ClassifierBenchmark.class.getName()).threads(threads).build();
        Collection<RunResult> results = new Runner(opt).run();
        long chars = BenchCorpus.totalChars(BenchCorpus.documents());
        System.out.printf(Locale.ROOT, "%ncorpus: %d documents, %d chars, mixed ar/zh/en/fr/ru/es; threads=%d%n",
                BenchCorpus.documents().size(), chars, threads);
        for (RunResult r : results) {
            double opsPerSec = r.getPrimaryResult().getScore(); // total over threads
            double err = r.getPrimaryResult().getScoreError();
            System.out.printf(Locale.ROOT, "%-32s %,15.0f chars/s per thread (± %,.0f)%n",
                    r.getParams().getBenchmark().replaceAll(".*\\.", ""), opsPerSec * chars / threads, err * chars / threads);
        }
    }
}
