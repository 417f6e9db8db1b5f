package org.stancewatch;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.Arrays;
import org.stancewatch.classification.eval.Agreement;
import org.stancewatch.classification.eval.Evaluation;

/**
 * Entry point. {@code java -jar quarkus-run.jar} runs the service; {@code java -jar quarkus-run.jar evaluate
 * FILE.jsonl} evaluates the classifier on a labelled file and exits, without starting the service; {@code agreement
 * FILE.jsonl --annotation NAME=LABELS.jsonl} measures how far independent annotators agree with its labels.
 */
@QuarkusMain
public class StancewatchMain {
    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("evaluate")) {
            System.exit(Evaluation.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("agreement")) {
            System.exit(Agreement.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        Quarkus.run(args);
    }
}
