package org.stancewatch.classification.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.stancewatch.classification.Language;
import org.stancewatch.classification.LexiconStanceClassifier;
import org.stancewatch.classification.Stance;
import org.stancewatch.classification.StanceClassifier;
import org.stancewatch.classification.eval.Evaluation.Item;
import org.stancewatch.classification.eval.Evaluation.MalformedException;

/**
 * How far independent annotators agree with a corpus's labels, with each other and with the classifier: the ceiling a
 * corpus's labels set on any classifier's score.
 *
 * <p>Usage: {@code Agreement CORPUS.jsonl [...] --annotation NAME=LABELS.jsonl [...]}. A labels file has one
 * {@code {"id","label"}} object a line (optional {@code "sure": false} when the annotator hesitated); it must label
 * every statement of the corpus files and nothing else. Prints, for every pair of label sources (the corpus's gold,
 * each annotator, the classifier): agreement, Cohen's kappa and macro-F1 of the second scored against the first, per
 * language too; the confusion of gold against each annotator; and the classifier scored against the human majority
 * and on the statements all humans label alike. Exit code 0 on success, 1 on a malformed or incomplete file, 2 on
 * usage errors.
 */
public final class Agreement {

    private static final Stance[] LABELS = Stance.values();

    private Agreement() {
    }

    /** One source's labels, in corpus order. */
    record Source(String name, List<Stance> labels) {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> corpus = new ArrayList<>();
        Map<String, String> annotations = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--annotation") && i + 1 < args.length) {
                String[] kv = args[++i].split("=", 2);
                if (kv.length != 2 || kv[0].isBlank() || kv[0].equals("gold") || kv[0].equals("classifier")
                        || annotations.put(kv[0], kv[1]) != null) {
                    err.println("--annotation wants NAME=FILE with a new name other than gold and classifier: " + args[i]);
                    return 2;
                }
            } else {
                corpus.add(args[i]);
            }
        }
        if (corpus.isEmpty() || annotations.isEmpty()) {
            err.println("usage: Agreement CORPUS.jsonl [...] --annotation NAME=LABELS.jsonl [--annotation ...]");
            return 2;
        }
        List<Item> items = new ArrayList<>();
        List<Source> humans = new ArrayList<>();
        try {
            for (String f : corpus) {
                items.addAll(Evaluation.read(Path.of(f), corpus.size() > 1 ? f + " " : ""));
            }
            humans.add(new Source("gold", items.stream().map(Item::gold).toList()));
            for (var a : annotations.entrySet()) {
                humans.add(new Source(a.getKey(), readLabels(Path.of(a.getValue()), items)));
            }
        } catch (MalformedException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("cannot read: " + e);
            return 1;
        }
        StanceClassifier clf = LexiconStanceClassifier.loadDefault();
        Source classifier = new Source("classifier", items.stream().map(it -> clf.classify(it.text(), it.language()).stance()).toList());
        List<Language> languages = items.stream().map(Item::language).toList();
        report(humans, classifier, languages, clf.version(), out);
        return 0;
    }

    /** The labels of {@code file} in the order of {@code items}; every item labelled once, no unknown id. */
    static List<Stance> readLabels(Path file, List<Item> items) throws IOException, MalformedException {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            index.put(items.get(i).id(), i);
        }
        Stance[] labels = new Stance[items.size()];
        Evaluation.readObjects(file, file + " ", (n, where) -> {
            String id = Evaluation.field(n, "id", where);
            Integer at = index.get(id);
            if (at == null) {
                throw new MalformedException(where + "id '" + id + "' is not in the corpus");
            }
            if (labels[at] != null) {
                throw new MalformedException(where + "id '" + id + "' labelled twice");
            }
            return labels[at] = Evaluation.label(n, where);
        });
        int missing = 0;
        String first = null;
        for (int i = labels.length - 1; i >= 0; i--) {
            if (labels[i] == null) {
                missing++;
                first = items.get(i).id();
            }
        }
        if (missing > 0) {
            throw new MalformedException(file + ": " + missing + " corpus statements unlabelled, the first " + first);
        }
        return List.of(labels);
    }

    /** Cohen's kappa of two label lists: observed agreement corrected for the agreement their label shares predict. */
    static double kappa(List<Stance> a, List<Stance> b) {
        int n = a.size();
        double observed = 0;
        int[] ca = new int[LABELS.length];
        int[] cb = new int[LABELS.length];
        for (int i = 0; i < n; i++) {
            if (a.get(i) == b.get(i)) observed++;
            ca[a.get(i).ordinal()]++;
            cb[b.get(i).ordinal()]++;
        }
        observed /= n;
        double expected = 0;
        for (int k = 0; k < LABELS.length; k++) {
            expected += (double) ca[k] / n * cb[k] / n;
        }
        return expected == 1 ? 1 : (observed - expected) / (1 - expected);
    }

    /** The label most sources give a statement, or null when no label has a strict majority. */
    static Stance majority(List<Source> sources, int i) {
        int[] votes = new int[LABELS.length];
        for (Source s : sources) {
            votes[s.labels().get(i).ordinal()]++;
        }
        for (int k = 0; k < LABELS.length; k++) {
            if (2 * votes[k] > sources.size()) return LABELS[k];
        }
        return null;
    }

    private static void report(List<Source> humans, Source classifier, List<Language> languages, String version, PrintStream out) {
        int n = languages.size();
        out.printf(Locale.ROOT, "classifier %s; %d statements; human label sources: %s%n%n", version, n,
                String.join(", ", humans.stream().map(Source::name).toList()));
        out.println("pairwise (second scored against first): agreement, Cohen's kappa, macro-F1, then macro-F1 per language");
        List<Source> all = new ArrayList<>(humans);
        all.add(classifier);
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                pair(all.get(i).name() + " -> " + all.get(j).name(), all.get(i).labels(), all.get(j).labels(), languages, out);
            }
        }
        out.println();
        if (humans.size() >= 3) {
            List<Integer> majority = new ArrayList<>();
            List<Integer> unanimous = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (majority(humans, i) != null) majority.add(i);
                final int at = i;
                if (humans.stream().allMatch(s -> s.labels().get(at) == humans.get(0).labels().get(at))) unanimous.add(i);
            }
            out.printf(Locale.ROOT, "human majority exists on %d of %d; all humans agree on %d of %d%n", majority.size(), n,
                    unanimous.size(), n);
            pair("majority -> classifier", pick(majority, i -> majority(humans, i)), pick(majority, i -> classifier.labels().get(i)),
                    pick(majority, languages::get), out);
            pair("unanimous -> classifier", pick(unanimous, i -> humans.get(0).labels().get(i)),
                    pick(unanimous, i -> classifier.labels().get(i)), pick(unanimous, languages::get), out);
            out.println();
        }
        for (Source h : humans.subList(1, humans.size())) {
            out.println("confusion, rows gold, columns " + h.name() + ":");
            Evaluation.printConfusion(humans.get(0).labels(), h.labels(), out);
            out.println();
        }
    }

    private static <T> List<T> pick(List<Integer> at, IntFunction<T> f) {
        return at.stream().map(f::apply).toList();
    }

    private static void pair(String name, List<Stance> a, List<Stance> b, List<Language> languages, PrintStream out) {
        int same = 0;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) == b.get(i)) same++;
        }
        out.printf(Locale.ROOT, "  %-32s n=%-4d agreement %.3f  kappa %.3f  macro-F1 %.3f ", name, a.size(), (double) same / a.size(),
                kappa(a, b), Evaluation.macroF1(a, b));
        Map<Language, List<Integer>> byLang = new EnumMap<>(Language.class);
        for (int i = 0; i < languages.size(); i++) {
            byLang.computeIfAbsent(languages.get(i), k -> new ArrayList<>()).add(i);
        }
        for (var e : byLang.entrySet()) {
            out.printf(Locale.ROOT, " %s %.2f", e.getKey().code(), Evaluation.macroF1(pick(e.getValue(), a::get), pick(e.getValue(), b::get)));
        }
        out.println();
    }
}
