package org.stancewatch.classification.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.stancewatch.classification.Language;
import org.stancewatch.classification.LexiconStanceClassifier;
import org.stancewatch.classification.LexiconStanceClassifier.FeatureVector;
import org.stancewatch.classification.Stance;
import org.stancewatch.classification.StanceModel;

/**
 * Trains the learned layer ({@code src/main/resources/classification/stance-model.bin}) from the training splits
 * ({@link #SPLITS}) only; test, holdout, validation3 and validation4 are never read.
 *
 * <p>Model: multinomial logistic regression, L2-regularised, over (a) the dense lexicon features of
 * {@link StanceModel#DENSE} times a block scale and (b) binary, L2-normalised hashed char n-grams with state names
 * masked. It is fitted in its kernel (dual) form: with N of a few thousand statements the weights lie in the span of the training
 * vectors, so the Gram matrix K (cosine of the n-gram sets plus scale² times the dense dot product) is factorised,
 * K = L Lᵀ, and a plain L-BFGS fits an N-dimensional problem exactly equivalent to the primal one; the primal weights
 * are then summed back into the hashed table. Deterministic: fixed fold seed, no random initialisation.
 *
 * <p>Cross-fitted lexicon features: the lexicons were hand-written against dev and validation, so on those
 * statements the lexicon pass looks far better than on new text (0.94-0.98 macro-F1 against 0.67 on test). A
 * regression trained on that would trust the rule label blindly. Each statement's lexicon features are therefore
 * computed with only the cues that also match some statement outside its fold: a cue that exists only for the
 * phrasing of the held-out statements is switched off, as it would not exist for genuinely new text. The same
 * folds serve the hyper-parameter search (stratified by language and label, or one per writer with
 * {@code --group-folds}).
 *
 * <p>Hyper-parameters (n-gram range, buckets, per-language hashing, dense block scale, cue-feature scale, L2,
 * class weighting) are chosen by cross-validation on the training splits (of the settings within 0.01 of the best
 * macro-F1, the lowest log-loss); the softmax temperature is fitted on the
 * out-of-fold logits of the chosen setting.
 *
 * <p>Run from the project root (README, "Classifier"):
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.stancewatch.classification.train.Trainer
 * </pre>
 * Options: {@code --corpus DIR} (default src/test/resources/corpus), {@code --out FILE} (default
 * src/main/resources/classification/stance-model.bin), {@code --folds K} (5), {@code --seed S} (20251),
 * {@code --group-folds} (instead of K stratified folds, one fold per writer: each split, and each writer of the
 * multi-writer splits dev5, dev6 and dev7, so the cross-validation and the cross-fitting measure writers never seen),
 * {@code --dry} (search only, write nothing), {@code --quick} (skip the comparison with uncrossed lexicon features),
 * {@code --setting min,max,bits,perLanguage,cueScale,alpha,lambda,balanced|plain} (skip the search: cross-validate
 * that setting for the temperature and fit it; the search prints the chosen one in this form).
 */
public final class Trainer {

    private static final int NC = StanceModel.K;
    private static final Stance[] LABELS = Stance.values();
    /** The training splits (1.7.0: dev4 added; 1.8.0: dev5, dev6 and dev7, sixteen writers who saw neither the classifier nor
     *  any other split): never test, holdout, validation3, validation4 or any other evaluation set. */
    private static final List<String> SPLITS = List.of("dev", "validation", "dev2", "dev3", "validation2", "dev4", "dev5", "dev6", "dev7");

    /** group: the split, or for the splits written by several writers (dev5, dev6: ids "d5w3-..."), the writer. */
    record Doc(String id, Language lang, String text, int y, int fold, String group) {
    }

    record Setting(StanceModel.Spec spec, double alpha, double lambda, boolean balanced) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "ngrams %d-%d bits %d %s cues %.2f dense %.2f lambda %.0e %s", spec.min(), spec.max(),
                    spec.bits(), spec.perLanguage() ? "per-lang" : "shared", spec.cueScale(), alpha, lambda,
                    balanced ? "balanced" : "plain");
        }
    }

    record CvResult(Setting setting, double macroF1, double logLoss, double[][] oofLogits, int[] pred) {
    }

    private final List<Doc> docs;
    private final int folds;
    private final LexiconStanceClassifier rules = LexiconStanceClassifier.loadRulesOnly();
    /** per fold: per language, cue ids switched off for statements of that fold */
    private final List<Map<Language, boolean[]>> foldMasks = new ArrayList<>();
    private final Map<StanceModel.Spec, FeatureVector[]> cache = new LinkedHashMap<>();

    Trainer(List<Doc> docs, int folds) {
        this.docs = docs;
        this.folds = folds;
        crossFit();
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of("src/test/resources/corpus");
        Path out = Path.of("src/main/resources/classification/stance-model.bin");
        int folds = 5;
        long seed = 20251;
        boolean dry = false;
        boolean byGroup = false;
        boolean quick = false;
        Setting fixed = null;
        String variant = "v2";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--folds" -> folds = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--dry" -> dry = true;
                case "--group-folds" -> byGroup = true;
                case "--quick" -> quick = true;
                case "--setting" -> fixed = parseSetting(args[++i]);
                case "--variant" -> variant = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long t0 = System.nanoTime();
        List<Doc> docs = byGroup ? groupFolds(read(corpus)) : stratifiedFolds(read(corpus), folds, seed);
        if (byGroup) {
            folds = (int) docs.stream().map(Doc::group).distinct().count();
        }
        System.out.printf(Locale.ROOT, "training data: %d statements from %s (%s), %d folds (%s)%n", docs.size(),
                corpus, String.join(" + ", SPLITS), folds, byGroup ? "one per writer: leave one writer out"
                        : "stratified, seed " + seed);
        Trainer tr = new Trainer(docs, folds);
        tr.reportCrossFit();
        CvResult best = fixed != null ? tr.crossValidate(fixed) : variant.equals("v1") ? tr.searchLexiconOnly() : tr.search();
        double temperature = fitTemperature(best.oofLogits(), tr.labels());
        Setting c = best.setting();
        System.out.printf(Locale.ROOT, "%nchosen: %s (--setting %d,%d,%d,%s,%s,%s,%s,%s)%n", c, c.spec().min(), c.spec().max(),
                c.spec().bits(), c.spec().perLanguage(), c.spec().cueScale(), c.alpha(), c.lambda(), c.balanced() ? "balanced" : "plain");
        System.out.printf(Locale.ROOT, "temperature (out-of-fold NLL): %.3f, NLL %.4f -> %.4f%n",
                temperature, nll(best.oofLogits(), tr.labels(), 1), nll(best.oofLogits(), tr.labels(), temperature));
        tr.report("cross-validation (out-of-fold) of the chosen setting", best.pred());
        tr.reportCalibration(best.oofLogits(), temperature);
        if (!quick) {
            tr.naiveComparison(best.setting());
        }
        tr.backoffScan(best);
        if (!dry) {
            tr.fitAndWrite(best.setting(), temperature, out);
        }
        System.out.printf(Locale.ROOT, "done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /** "min,max,bits,perLanguage,cueScale,alpha,lambda,balanced|plain", as printed after "chosen:". */
    static Setting parseSetting(String s) {
        String[] f = s.split(",");
        if (f.length != 8) {
            throw new IllegalArgumentException("--setting min,max,bits,perLanguage,cueScale,alpha,lambda,balanced|plain");
        }
        return new Setting(new StanceModel.Spec(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                Boolean.parseBoolean(f[3]), Double.parseDouble(f[4])), Double.parseDouble(f[5]), Double.parseDouble(f[6]),
                f[7].equals("balanced"));
    }

    // ---------------------------------------------------------------------------------------------------- data

    static List<Doc> read(Path corpus) throws IOException {
        ObjectMapper om = new ObjectMapper();
        List<Doc> docs = new ArrayList<>();
        for (String split : SPLITS) {
            List<Path> files;
            try (Stream<Path> s = Files.list(corpus.resolve(split))) {
                files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
            }
            for (Path f : files) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode n = om.readTree(line);
                    // text and language only: state, forum, date and note are never read
                    Language l = Language.fromCode(n.get("language").asText()).orElseThrow();
                    Stance y = Stance.valueOf(n.get("label").asText());
                    String id = n.get("id").asText();
                    String group = id.matches("d\\d+w\\d+-.*") ? id.substring(0, id.indexOf('-')) : split;
                    docs.add(new Doc(id, l, n.get("text").asText(), y.ordinal(), -1, group));
                }
            }
        }
        return docs;
    }

    /** Folds stratified by language and label: each (language, label) group shuffled with the seed, dealt round-robin. */
    static List<Doc> stratifiedFolds(List<Doc> docs, int k, long seed) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            Doc d = docs.get(i);
            groups.computeIfAbsent(d.lang() + "/" + d.y(), g -> new ArrayList<>()).add(i);
        }
        Random rnd = new Random(seed);
        int[] fold = new int[docs.size()];
        int next = 0;
        for (List<Integer> g : groups.values()) {
            List<Integer> idx = new ArrayList<>(g);
            java.util.Collections.shuffle(idx, rnd);
            for (int i : idx) {
                fold[i] = next++ % k; // continue the deal across groups so fold sizes stay even
            }
        }
        List<Doc> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Doc d = docs.get(i);
            out.add(new Doc(d.id(), d.lang(), d.text(), d.y(), fold[i], d.group()));
        }
        return out;
    }

    /** One fold per writer (group): the cross-validation then measures the model on a writer it has never seen. */
    static List<Doc> groupFolds(List<Doc> docs) {
        List<String> groups = docs.stream().map(Doc::group).distinct().toList();
        return docs.stream().map(d -> new Doc(d.id(), d.lang(), d.text(), d.y(), groups.indexOf(d.group()), d.group())).toList();
    }

    int[] labels() {
        return docs.stream().mapToInt(Doc::y).toArray();
    }

    // ------------------------------------------------------------------------------------------- cross-fitting

    private void crossFit() {
        int n = docs.size();
        int[][] fired = new int[n][];
        for (int i = 0; i < n; i++) {
            fired[i] = rules.firedCues(docs.get(i).text(), docs.get(i).lang());
        }
        for (int f = 0; f < folds; f++) {
            Map<Language, boolean[]> masks = new EnumMap<>(Language.class);
            Map<Language, boolean[]> seenOutside = new EnumMap<>(Language.class);
            for (Language l : Language.values()) {
                seenOutside.put(l, new boolean[rules.cueIdCount(l)]);
            }
            for (int i = 0; i < n; i++) {
                if (docs.get(i).fold() != f) {
                    for (int id : fired[i]) {
                        seenOutside.get(docs.get(i).lang())[id] = true;
                    }
                }
            }
            for (Language l : Language.values()) {
                boolean[] seen = seenOutside.get(l);
                boolean[] off = new boolean[seen.length];
                for (int id = 0; id < seen.length; id++) {
                    off[id] = !seen[id];
                }
                masks.put(l, off);
            }
            foldMasks.add(masks);
        }
    }

    /** How much the lexicon pass itself loses when cues seen only in the held-out fold are switched off. */
    private void reportCrossFit() {
        int n = docs.size();
        int[] full = new int[n];
        int[] crossed = new int[n];
        StanceModel.Spec any = new StanceModel.Spec(3, 3, 12, false, 0);
        for (int i = 0; i < n; i++) {
            Doc d = docs.get(i);
            full[i] = rules.features(d.text(), d.lang(), any, null).ruleStance().ordinal();
            crossed[i] = rules.features(d.text(), d.lang(), any, foldMasks.get(d.fold()).get(d.lang())).ruleStance().ordinal();
        }
        System.out.printf(Locale.ROOT, "rule-based label on the training splits: macro-F1 %.3f with all cues (in-sample), %.3f with "
                + "cross-fitted cues (cues matching only the statement's own fold switched off)%n", macroF1(full, labels(), null),
                macroF1(crossed, labels(), null));
    }

    private static StanceModel.Spec base(StanceModel.Spec s) {
        return new StanceModel.Spec(s.min(), s.max(), s.bits(), s.perLanguage(), 0);
    }

    private FeatureVector[] features(StanceModel.Spec spec, boolean crossFitted) {
        spec = base(spec);
        if (crossFitted && cache.containsKey(spec)) {
            return cache.get(spec);
        }
        FeatureVector[] fv = new FeatureVector[docs.size()];
        for (int i = 0; i < docs.size(); i++) {
            Doc d = docs.get(i);
            fv[i] = rules.features(d.text(), d.lang(), spec, crossFitted ? foldMasks.get(d.fold()).get(d.lang()) : null);
        }
        if (crossFitted) {
            cache.put(spec, fv);
        }
        return fv;
    }

    // ------------------------------------------------------------------------------------------------- kernels

    /** Gram matrix of the binary L2-normalised n-gram vectors (cosine of the bucket sets). */
    static double[][] ngramKernel(FeatureVector[] fv, int bits) {
        return cosineKernel(Arrays.stream(fv).map(FeatureVector::buckets).toArray(int[][]::new), bits);
    }

    static double[][] cosineKernel(int[][] sets, int bits) {
        int n = sets.length;
        double[][] k = new double[n][n];
        int[] mark = new int[1 << bits];
        for (int i = 0; i < n; i++) {
            for (int b : sets[i]) {
                mark[b] = i + 1;
            }
            for (int j = i; j < n; j++) {
                int shared = 0;
                for (int b : sets[j]) {
                    if (mark[b] == i + 1) {
                        shared++;
                    }
                }
                double v = sets[i].length == 0 || sets[j].length == 0 ? 0
                        : shared / Math.sqrt((double) sets[i].length * sets[j].length);
                k[i][j] = v;
                k[j][i] = v;
            }
        }
        return k;
    }

    static double[][] denseKernel(FeatureVector[] fv) {
        int n = fv.length;
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double s = 0;
                for (int d = 0; d < StanceModel.D; d++) {
                    s += fv[i].dense()[d] * fv[j].dense()[d];
                }
                k[i][j] = s;
                k[j][i] = s;
            }
        }
        return k;
    }

    // -------------------------------------------------------------------------------------------------- search

    private final Map<StanceModel.Spec, double[][]> kernelCache = new LinkedHashMap<>();
    private double[][] denseK;

    private final Map<Integer, double[][]> cueKernelCache = new LinkedHashMap<>();

    private double[][] kernel(StanceModel.Spec spec, double alpha) {
        double[][] kn = kernelCache.computeIfAbsent(base(spec), s -> ngramKernel(features(s, true), s.bits()));
        if (denseK == null) {
            denseK = denseKernel(features(spec, true)); // dense features do not depend on the n-gram spec
        }
        double[][] kc = cueKernelCache.computeIfAbsent(spec.bits(), bits -> cosineKernel(
                Arrays.stream(features(spec, true)).map(FeatureVector::cueBuckets).toArray(int[][]::new), bits));
        int n = kn.length;
        double beta2 = spec.cueScale() * spec.cueScale();
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                k[i][j] = kn[i][j] + alpha * alpha * denseK[i][j] + beta2 * kc[i][j];
            }
        }
        return k;
    }

    CvResult search() {
        CvResult best = null;
        System.out.println("\nstage 1: n-gram range (at most 4: the speed budget), per-language hashing, cue features (2^16 "
                + "buckets; dense scale 0.5, balanced); CV macro-F1, log-loss, lowest per-language macro-F1");
        for (int[] r : new int[][] {{1, 3}, {2, 3}, {2, 4}}) {
            for (boolean perLang : new boolean[] {false, true}) {
                for (double beta : new double[] {0, 1}) {
                    for (double l : new double[] {1e-4, 3e-4, 1e-3}) {
                        best = better(best, crossValidate(new Setting(new StanceModel.Spec(r[0], r[1], 16, perLang, beta), 0.5, l, true)));
                    }
                }
            }
        }
        StanceModel.Spec spec = best.setting().spec();
        System.out.println("\nstage 2: buckets");
        for (int bits : new int[] {14, 18}) {
            StanceModel.Spec s2 = new StanceModel.Spec(spec.min(), spec.max(), bits, spec.perLanguage(), spec.cueScale());
            best = better(best, crossValidate(new Setting(s2, best.setting().alpha(), best.setting().lambda(), true)));
        }
        spec = best.setting().spec();
        System.out.println("\nstage 3: dense block scale (0 = no lexicon features), cue-feature scale, L2, class weighting");
        for (double a : new double[] {0, 0.25, 0.5, 1.0, 2.0}) {
            for (double beta : new double[] {0, 0.5, 1}) {
                for (double l : new double[] {3e-5, 1e-4, 3e-4, 1e-3}) {
                    for (boolean bal : new boolean[] {true, false}) {
                        StanceModel.Spec s3 = new StanceModel.Spec(spec.min(), spec.max(), spec.bits(), spec.perLanguage(), beta);
                        best = better(best, crossValidate(new Setting(s3, a, l, bal)));
                    }
                }
            }
        }
        return best;
    }

    /** V1: lexicon-derived features only (dense figures and cue identities), no char n-grams. */
    CvResult searchLexiconOnly() {
        CvResult best = null;
        System.out.println("\nlexicon features only (no n-grams): dense block scale, cue-feature scale, L2, class weighting");
        for (double a : new double[] {0.5, 1.0, 2.0, 4.0}) {
            for (double beta : new double[] {0, 0.5, 1}) {
                for (double l : new double[] {1e-4, 1e-3, 1e-2}) {
                    for (boolean bal : new boolean[] {true, false}) {
                        best = better(best, crossValidate(new Setting(new StanceModel.Spec(0, 0, 16, false, beta), a, l, bal)));
                    }
                }
            }
        }
        return best;
    }

    private final List<CvResult> tried = new ArrayList<>();

    /** Macro-F1 differences below this are noise on 540 statements (about half a standard error). */
    static final double F1_TOLERANCE = 0.01;

    /**
     * Records b and returns the current choice among all settings tried: of those within {@link #F1_TOLERANCE} of the
     * best CV macro-F1, the one with the lowest CV log-loss (a proper score, smoother than F1, so less of a
     * winner's curse over a few hundred settings).
     */
    private CvResult better(CvResult ignored, CvResult b) {
        tried.add(b);
        double top = tried.stream().mapToDouble(CvResult::macroF1).max().orElse(0);
        return tried.stream().filter(r -> r.macroF1() >= top - F1_TOLERANCE)
                .min(Comparator.comparingDouble(CvResult::logLoss)).orElseThrow();
    }

    private void print(CvResult r) {
        System.out.printf(Locale.ROOT, "  %-62s macro-F1 %.3f  log-loss %.4f  min-lang %.3f%n", r.setting(), r.macroF1(),
                r.logLoss(), minLanguage(r.pred()));
    }

    private double minLanguage(int[] pred) {
        double min = 1;
        for (Language l : Language.values()) {
            min = Math.min(min, macroF1(pred, labels(), l));
        }
        return min;
    }

    CvResult crossValidate(Setting s) {
        CvResult r = crossValidate0(s);
        print(r);
        return r;
    }

    CvResult crossValidate0(Setting s) {
        double[][] k = kernel(s.spec(), s.alpha());
        int n = docs.size();
        int[] y = labels();
        double[][] oof = new double[n][];
        // folds are independent: fitted in parallel, each deterministic, so the result does not depend on the order
        java.util.stream.IntStream.range(0, folds).parallel().forEach(f -> {
            int[] tr = indices(f, false);
            int[] te = indices(f, true);
            KernelModel m = KernelModel.fit(sub(k, tr, tr), pick(y, tr), s.lambda(), s.balanced());
            double[][] z = m.logits(sub(k, te, tr));
            for (int i = 0; i < te.length; i++) {
                oof[te[i]] = z[i];
            }
        });
        int[] pred = new int[n];
        for (int i = 0; i < n; i++) {
            pred[i] = argmax(oof[i]);
        }
        return new CvResult(s, macroF1(pred, y, null), nll(oof, y, 1), oof, pred);
    }

    private int[] indices(int fold, boolean inFold) {
        return java.util.stream.IntStream.range(0, docs.size()).filter(i -> (docs.get(i).fold() == fold) == inFold).toArray();
    }

    static double[][] sub(double[][] k, int[] rows, int[] cols) {
        double[][] s = new double[rows.length][cols.length];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < cols.length; j++) {
                s[i][j] = k[rows[i]][cols[j]];
            }
        }
        return s;
    }

    static int[] pick(int[] y, int[] idx) {
        int[] o = new int[idx.length];
        for (int i = 0; i < idx.length; i++) {
            o[i] = y[idx[i]];
        }
        return o;
    }

    /**
     * Back-off (V3): the learned label only where the rule-based confidence is below a threshold, else the rule label;
     * both cross-fitted and out-of-fold, so the threshold is chosen on the training data's honest estimate only.
     */
    void backoffScan(CvResult best) {
        FeatureVector[] fv = features(best.setting().spec(), true);
        int n = docs.size();
        int[] y = labels();
        System.out.println("\nback-off: learned label only when the (cross-fitted) rule confidence is below t; CV macro-F1 and"
                + " share of statements given to the learned layer");
        double bestF = -1;
        double bestT = 0;
        for (double t : new double[] {0, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 2.0}) {
            int[] pred = new int[n];
            int used = 0;
            for (int i = 0; i < n; i++) {
                boolean learned = fv[i].ruleConfidence() < t;
                pred[i] = learned ? best.pred()[i] : fv[i].ruleStance().ordinal();
                used += learned ? 1 : 0;
            }
            double f = macroF1(pred, y, null);
            StringBuilder pl = new StringBuilder();
            for (Language l : Language.values()) {
                pl.append(String.format(Locale.ROOT, " %s %.3f", l.code(), macroF1(pred, y, l)));
            }
            System.out.printf(Locale.ROOT, "  t=%.2f  macro-F1 %.3f  learned %.2f %s%n", t, f, (double) used / n, pl);
            if (f > bestF + 1e-9) {
                bestF = f;
                bestT = t;
            }
        }
        System.out.printf(Locale.ROOT, "back-off chosen (best CV macro-F1): learned.ruleConfidenceBelow=%.2f (%.3f)%n", bestT, bestF);
    }

    /** The chosen setting on features computed with all cues (no cross-fitting): the optimism the cross-fit removes. */
    private void naiveComparison(Setting s) {
        FeatureVector[] full = features(s.spec(), false);
        double[][] kn = ngramKernel(full, s.spec().bits());
        double[][] kd = denseKernel(full);
        double[][] kc = cosineKernel(Arrays.stream(full).map(FeatureVector::cueBuckets).toArray(int[][]::new), s.spec().bits());
        int n = docs.size();
        double beta2 = s.spec().cueScale() * s.spec().cueScale();
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                k[i][j] = kn[i][j] + s.alpha() * s.alpha() * kd[i][j] + beta2 * kc[i][j];
            }
        }
        int[] y = labels();
        int[] pred = new int[n];
        for (int f = 0; f < folds; f++) {
            int[] tr = indices(f, false);
            int[] te = indices(f, true);
            double[][] z = KernelModel.fit(sub(k, tr, tr), pick(y, tr), s.lambda(), s.balanced()).logits(sub(k, te, tr));
            for (int i = 0; i < te.length; i++) {
                pred[te[i]] = argmax(z[i]);
            }
        }
        System.out.printf(Locale.ROOT, "%nfor comparison, the same setting on uncrossed lexicon features (all cues, in-sample "
                + "for the lexicon): CV macro-F1 %.3f (optimistic)%n", macroF1(pred, y, null));
    }

    // ---------------------------------------------------------------------------------------------- final model

    private void fitAndWrite(Setting s, double temperature, Path out) throws IOException {
        double[][] k = kernel(s.spec(), s.alpha());
        int n = docs.size();
        int[] y = labels();
        KernelModel m = KernelModel.fit(k, y, s.lambda(), s.balanced());
        double[][] a = m.dualCoefficients(); // n x NC
        FeatureVector[] fv = features(s.spec(), true);
        int d = StanceModel.D;
        float[] dense = new float[NC * (d + 1)];
        float[] hashed = new float[NC << s.spec().bits()];
        for (int c = 0; c < NC; c++) {
            for (int j = 0; j < d; j++) {
                double w = 0;
                for (int i = 0; i < n; i++) {
                    w += a[i][c] * s.alpha() * fv[i].dense()[j];
                }
                dense[c * (d + 1) + j] = (float) w; // applied to alpha * x at inference
            }
            dense[c * (d + 1) + d] = (float) m.bias()[c];
        }
        for (int i = 0; i < n; i++) {
            int[] b = fv[i].buckets();
            double v = b.length == 0 ? 0 : 1 / Math.sqrt(b.length);
            for (int bucket : b) {
                for (int c = 0; c < NC; c++) {
                    hashed[(bucket << 2) + c] += (float) (a[i][c] * v);
                }
            }
            int[] cb = fv[i].cueBuckets();
            double vc = cb.length == 0 ? 0 : s.spec().cueScale() / Math.sqrt(cb.length);
            for (int bucket : cb) {
                for (int c = 0; c < NC; c++) {
                    hashed[(bucket << 2) + c] += (float) (a[i][c] * vc);
                }
            }
        }
        // quantisation check: float vs int8 logits on the training statements
        float scale = StanceModel.quantScale(hashed);
        byte[] q = StanceModel.quantise(hashed, scale);
        double[][] zk = m.logits(k);
        int agree = 0;
        double maxDiff = 0;
        for (int i = 0; i < n; i++) {
            double[] zq = new double[NC];
            for (int c = 0; c < NC; c++) {
                double z = dense[c * (d + 1) + d];
                for (int j = 0; j < d; j++) {
                    z += dense[c * (d + 1) + j] * s.alpha() * fv[i].dense()[j];
                }
                long sum = 0;
                for (int bucket : fv[i].buckets()) {
                    sum += q[(bucket << 2) + c];
                }
                z += fv[i].buckets().length == 0 ? 0 : sum * scale / Math.sqrt(fv[i].buckets().length);
                long sumC = 0;
                for (int bucket : fv[i].cueBuckets()) {
                    sumC += q[(bucket << 2) + c];
                }
                z += fv[i].cueBuckets().length == 0 ? 0 : sumC * scale * s.spec().cueScale() / Math.sqrt(fv[i].cueBuckets().length);
                zq[c] = z;
                maxDiff = Math.max(maxDiff, Math.abs(z - zk[i][c]));
            }
            if (argmax(zq) == argmax(zk[i])) {
                agree++;
            }
        }
        System.out.printf(Locale.ROOT, "final fit on all %d statements: training accuracy %.3f; int8 weights agree with the "
                + "kernel form on %d/%d labels (max logit difference %.4f)%n", n, accuracy(zk, y), agree, n, maxDiff);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            StanceModel.write(os, s.spec(), s.alpha(), temperature, dense, hashed);
        }
        System.out.printf(Locale.ROOT, "wrote %s (%,d bytes)%n", out, Files.size(out));
    }

    private static double accuracy(double[][] z, int[] y) {
        int c = 0;
        for (int i = 0; i < y.length; i++) {
            if (argmax(z[i]) == y[i]) {
                c++;
            }
        }
        return (double) c / y.length;
    }

    // ------------------------------------------------------------------------------------------------- metrics

    static int argmax(double[] z) {
        int b = 0;
        for (int c = 1; c < z.length; c++) {
            if (z[c] > z[b]) {
                b = c;
            }
        }
        return b;
    }

    /** Macro-F1 as the evaluate command computes it (labels absent from gold and predictions skipped). */
    double macroF1(int[] pred, int[] y, Language only) {
        double sum = 0;
        int k = 0;
        for (int c = 0; c < NC; c++) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < y.length; i++) {
                if (only != null && docs.get(i).lang() != only) {
                    continue;
                }
                boolean g = y[i] == c;
                boolean p = pred[i] == c;
                if (g && p) {
                    tp++;
                } else if (p) {
                    fp++;
                } else if (g) {
                    fn++;
                }
            }
            if (tp + fp + fn == 0) {
                continue;
            }
            double pr = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double rc = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            sum += pr + rc == 0 ? 0 : 2 * pr * rc / (pr + rc);
            k++;
        }
        return k == 0 ? 0 : sum / k;
    }

    static double nll(double[][] z, int[] y, double t) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (double v : z[i]) {
                max = Math.max(max, v / t);
            }
            double lse = 0;
            for (double v : z[i]) {
                lse += Math.exp(v / t - max);
            }
            s += Math.log(lse) + max - z[i][y[i]] / t;
        }
        return s / y.length;
    }

    /** Temperature minimising the out-of-fold NLL (golden-section search on log T in [0.1, 10]). */
    static double fitTemperature(double[][] z, int[] y) {
        double a = Math.log(0.1);
        double b = Math.log(10);
        double g = (Math.sqrt(5) - 1) / 2;
        for (int it = 0; it < 80; it++) {
            double c = b - g * (b - a);
            double d = a + g * (b - a);
            if (nll(z, y, Math.exp(c)) < nll(z, y, Math.exp(d))) {
                b = d;
            } else {
                a = c;
            }
        }
        return Math.exp((a + b) / 2);
    }

    private void report(String title, int[] pred) {
        int[] y = labels();
        System.out.printf(Locale.ROOT, "%n%s: macro-F1 %.3f, accuracy %.3f%n", title, macroF1(pred, y, null),
                (double) java.util.stream.IntStream.range(0, y.length).filter(i -> pred[i] == y[i]).count() / y.length);
        StringBuilder sb = new StringBuilder("  per language:");
        for (Language l : Language.values()) {
            sb.append(String.format(Locale.ROOT, " %s %.3f", l.code(), macroF1(pred, y, l)));
        }
        System.out.println(sb);
        StringBuilder byGroup = new StringBuilder("  per writer (split):");
        for (String g : docs.stream().map(Doc::group).distinct().toList()) {
            int[] idx = java.util.stream.IntStream.range(0, docs.size()).filter(i -> docs.get(i).group().equals(g)).toArray();
            byGroup.append(String.format(Locale.ROOT, " %s %.3f", g, macroF1(pick(pred, idx), pick(y, idx), null)));
        }
        System.out.println(byGroup);
        System.out.println("  confusion (rows gold, columns predicted; MS ML MIXED NONE):");
        for (int g = 0; g < NC; g++) {
            int[] row = new int[NC];
            for (int i = 0; i < y.length; i++) {
                if (y[i] == g) {
                    row[pred[i]]++;
                }
            }
            System.out.printf(Locale.ROOT, "  %-17s %s%n", LABELS[g], Arrays.toString(row));
        }
    }

    private void reportCalibration(double[][] z, double t) {
        int[] y = labels();
        double[] edges = {0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001};
        double ece = 0;
        System.out.println("  calibration of the out-of-fold probabilities after temperature (bucket: n, mean conf, accuracy):");
        for (int b = 0; b < edges.length - 1; b++) {
            int cnt = 0;
            double conf = 0;
            int ok = 0;
            for (int i = 0; i < y.length; i++) {
                double[] p = softmax(z[i], t);
                int k = argmax(p);
                if (p[k] >= edges[b] && p[k] < edges[b + 1]) {
                    cnt++;
                    conf += p[k];
                    ok += k == y[i] ? 1 : 0;
                }
            }
            if (cnt > 0) {
                System.out.printf(Locale.ROOT, "    [%.1f, %.1f) n=%-4d %.3f %.3f%n", edges[b], Math.min(1, edges[b + 1]), cnt, conf / cnt,
                        (double) ok / cnt);
                ece += Math.abs(conf / cnt - (double) ok / cnt) * cnt / y.length;
            }
        }
        System.out.printf(Locale.ROOT, "    expected calibration error %.3f%n", ece);
    }

    static double[] softmax(double[] z, double t) {
        double[] p = new double[z.length];
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v / t);
        }
        double s = 0;
        for (int c = 0; c < z.length; c++) {
            p[c] = Math.exp(z[c] / t - max);
            s += p[c];
        }
        for (int c = 0; c < z.length; c++) {
            p[c] /= s;
        }
        return p;
    }

    static Comparator<Doc> byId() {
        return Comparator.comparing(Doc::id);
    }
}
