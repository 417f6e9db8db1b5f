package org.stancewatch.classification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Lexicon-driven stance classifier.
 *
 * <p>Pipeline per statement: fold the text into a normalised buffer (offsets kept), run the language's Aho-Corasick
 * automaton once over it, drop matches contained in longer matches, then resolve modifiers — negation (flip or
 * discount), ambiguity (Russian многосторонн… etc.), crossover (treaty context / IGF context), contrast, reported
 * speech, advisory-only stakeholders — and sum the weights on two axes. Each axis sum S gives a signal
 * {@code 1 - exp(-S)}; the rule-based stance follows from both signals.
 *
 * <p>Learned layer (1.3.0): the label, signals, score and confidence come from {@link StanceModel}, a multinomial
 * logistic regression over the lexicon pass's figures and hashed char n-grams of the normalised text with state names
 * masked ({@link Gazetteer}); the evidence spans stay the lexicon's. Its weights
 * ({@code classification/stance-model.bin}) are generated from the dev and validation corpus by
 * {@code org.stancewatch.classification.train.Trainer} (test sources):
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.stancewatch.classification.train.Trainer}
 * after {@code ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.includeScope=test
 * -Dmdep.outputFile=target/cp.txt} (README, "Classifier"). {@link #rulesOnly()} gives the lexicon pass alone.
 *
 * <p>Immutable after construction and thread-safe; per-thread scratch buffers avoid allocation in the hot path.
 */
public final class LexiconStanceClassifier implements StanceClassifier {

    static final String PROPERTIES = "classification/classifier.properties";
    static final String LEXICON_DIR = "classification/lexicon/";
    static final String COMMON = "common";

    private final ClassifierConfig cfg;
    private final Map<Language, Lexicon> lexicons;
    /** The learned layer, or null for the rule-based label alone (used by the trainer for its features). */
    private final StanceModel model;

    private static final ThreadLocal<Work> WORK = ThreadLocal.withInitial(Work::new);

    private static final class Holder {
        static final LexiconStanceClassifier DEFAULT = load(LexiconStanceClassifier.class.getClassLoader());
    }

    private LexiconStanceClassifier(ClassifierConfig cfg, Map<Language, Lexicon> lexicons, StanceModel model) {
        this.cfg = cfg;
        this.lexicons = lexicons;
        this.model = model;
    }

    /** Loads the lexicons and settings from the classpath under {@code classification/} (cached, immutable). */
    public static LexiconStanceClassifier loadDefault() {
        return Holder.DEFAULT;
    }

    /** The lexicon pass alone with its rule-based label (no weights file needed): the trainer's starting point. */
    public static LexiconStanceClassifier loadRulesOnly() {
        return load(LexiconStanceClassifier.class.getClassLoader(), false);
    }

    static LexiconStanceClassifier load(ClassLoader cl) {
        return load(cl, true);
    }

    static LexiconStanceClassifier load(ClassLoader cl, boolean learned) {
        ClassifierConfig cfg = ClassifierConfig.parse(Lexicon.readBytes(PROPERTIES, cl));
        Map<Language, Lexicon> lex = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            lex.put(l, Lexicon.load(l, LEXICON_DIR + COMMON + ".tsv", LEXICON_DIR + l.code() + ".tsv", cl));
        }
        return new LexiconStanceClassifier(cfg, Collections.unmodifiableMap(lex), learned ? StanceModel.read(Lexicon.readBytes(StanceModel.RESOURCE, cl)) : null);
    }

    /** The same lexicon pass with the rule-based label and signals (no learned layer): the trainer's view. */
    public LexiconStanceClassifier rulesOnly() {
        return model == null ? this : new LexiconStanceClassifier(cfg, lexicons, null);
    }

    /** True if the label comes from the learned layer. */
    public boolean isLearned() {
        return model != null;
    }

    /** The data files whose contents are pinned to the version. */
    static List<String> dataResources() {
        List<String> r = new ArrayList<>();
        r.add(PROPERTIES);
        r.add(LEXICON_DIR + COMMON + ".tsv");
        for (Language l : Language.values()) {
            r.add(LEXICON_DIR + l.code() + ".tsv");
        }
        r.add(StanceModel.RESOURCE);
        return r;
    }

    /** SHA-256 (hex) over the names and bytes of {@link #dataResources()}. */
    static String dataFingerprint(ClassLoader cl) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String res : dataResources()) {
                md.update(res.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                if (res.endsWith(".bin")) {
                    md.update(Lexicon.readBytes(res, cl)); // binary weights: the bytes as they are
                } else {
                    // normalise line endings so a checkout with CRLF gives the same hash
                    String s = new String(Lexicon.readBytes(res, cl), StandardCharsets.UTF_8).replace("\r\n", "\n");
                    md.update(s.getBytes(StandardCharsets.UTF_8));
                }
                md.update((byte) 0);
            }
            // the state-name gazetteer comes from the JDK's locale data: a JDK with other names changes the hash
            for (Language l : Language.values()) {
                md.update(("gazetteer:" + l.code()).getBytes(StandardCharsets.UTF_8));
                for (String name : Gazetteer.patterns(l)) {
                    md.update((byte) 0);
                    md.update(name.getBytes(StandardCharsets.UTF_8));
                }
                md.update((byte) 0);
            }
            StringBuilder sb = new StringBuilder();
            for (byte b : md.digest()) {
                sb.append(String.format("%02x", b));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String version() {
        return cfg.version;
    }

    int cueCount(Language l) {
        return lexicons.get(l).cues.length;
    }

    @Override
    public Classification classify(String text, Language language) {
        if (text == null) {
            text = "";
        }
        Language lang = language != null ? language : LanguageDetector.detect(text);
        Lexicon lex = lexicons.get(lang);
        Work w = WORK.get();
        scan(text, lex, w, null);
        Classification rules = resolve(text, lex.cues, w);
        if (model == null || rules.confidence() >= cfg.learnedBelow) {
            return rules; // (back-off: a confident rule-based label stands; learned.ruleConfidenceBelow)
        }
        TextNormalizer.Scratch s = w.s;
        double[] p = w.logits;
        java.util.Arrays.fill(p, 0);
        model.addNgramLogits(s.norm, s.len, w.maskStart, w.maskEnd, w.nMask, lang, w.ng, p);
        int nc = model.spec.cueScale() > 0 ? cueBuckets(lex.cues, w, lang, model.spec.bits(), 0) : 0;
        double[] z = w.z;
        model.logits(w.dense, w.ng.buckets, nc, z);
        for (int c = 0; c < StanceModel.K; c++) {
            p[c] += z[c];
        }
        model.probabilities(p);
        int best = 0;
        for (int c = 1; c < StanceModel.K; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        // MIXED counts towards both signals: MIXED is "strong on both", NO_POSITION "weak on both"
        double ms = p[0] + p[2];
        double ml = p[1] + p[2];
        double score = Math.max(-1, Math.min(1, ms - ml));
        return new Classification(STANCES[best], round(score), round(p[best]), round(ms), round(ml), rules.evidence(), cfg.version);
    }

    private static final Stance[] STANCES = Stance.values();

    private static void scan(String text, Lexicon lex, Work w, boolean[] disabled) {
        TextNormalizer.Scratch s = w.s;
        TextNormalizer.normalize(text, s);
        s.nMatch = 0;
        w.cues = lex.cues;
        w.disabled = disabled;
        lex.automaton.scan(s.norm, s.len, w);
        w.cues = null;
        w.disabled = null;
    }

    // ------------------------------------------------------------------------------------------------------------
    // The trainer's view (src/test/java/org/stancewatch/classification/train/Trainer.java); not on the hot path.

    /** Features of one statement for the learned layer: dense lexicon features, distinct n-gram and cue buckets, rule label. */
    public record FeatureVector(double[] dense, int[] buckets, int[] cueBuckets, Stance ruleStance, double ruleConfidence) {
    }

    /**
     * Writes the distinct cue-identity buckets of the last lexicon pass into the n-gram scratch's bucket list from
     * index {@code nb} on (a cue bucket equal to an n-gram bucket of the statement is skipped); returns their count.
     */
    private static int cueBuckets(Cue[] cues, Work w, Language lang, int bits, int nb) {
        StanceModel.NgramScratch ng = w.ng;
        char stamp = ng.stamp; // the statement's n-gram stamp: dedup against n-grams and other cues
        int nc = 0;
        for (int i = 0; i < w.nKept; i++) {
            if (w.axis[i] == null || w.weight[i] <= 0) {
                continue;
            }
            Cue c = cues[w.s.mPid[i]];
            int axis = c.has(Cue.BOTH) ? 2 : w.axis[i].ordinal();
            int b = StanceModel.cueBucket(c.hash, axis, w.neg[i], lang, bits);
            if (ng.stamps[b] != stamp) {
                ng.stamps[b] = stamp;
                if (nb + nc == ng.buckets.length) {
                    ng.buckets = java.util.Arrays.copyOf(ng.buckets, ng.buckets.length * 2);
                }
                ng.buckets[nb + nc] = b;
                nc++;
            }
        }
        return nc;
    }

    /** Number of cue ids of a language (the size of a {@code disabled} array for {@link #features}). */
    public int cueIdCount(Language lang) {
        return lexicons.get(lang).cues.length;
    }

    /** Ids of the lexicon cues (not state names) that match in the text, before overlap resolution, sorted. */
    public int[] firedCues(String text, Language lang) {
        Lexicon lex = lexicons.get(lang);
        Work w = WORK.get();
        scan(text, lex, w, null);
        java.util.TreeSet<Integer> ids = new java.util.TreeSet<>();
        for (int i = 0; i < w.s.nMatch; i++) {
            if (!lex.cues[w.s.mPid[i]].has(Cue.NAME)) {
                ids.add(w.s.mPid[i]);
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The learned layer's input for one statement, computed as {@link #classify} does, optionally with some lexicon
     * cues switched off ({@code disabled[id]}; state names are always on).
     */
    public FeatureVector features(String text, Language lang, StanceModel.Spec spec, boolean[] disabled) {
        Lexicon lex = lexicons.get(lang);
        Work w = WORK.get();
        scan(text, lex, w, disabled);
        Classification rules = resolve(text == null ? "" : text, lex.cues, w);
        TextNormalizer.Scratch s = w.s;
        int nb = StanceModel.ngrams(s.norm, s.len, w.maskStart, w.maskEnd, w.nMask, lang, spec, w.ng);
        int nc = cueBuckets(lex.cues, w, lang, spec.bits(), nb);
        return new FeatureVector(w.dense.clone(), java.util.Arrays.copyOf(w.ng.buckets, nb),
                java.util.Arrays.copyOfRange(w.ng.buckets, nb, nb + nc), rules.stance(), rules.confidence());
    }

    /** The masked (state-name) spans of the last lexicon pass as [start, end) offsets into the original text. */
    List<int[]> maskedSpans(String text, Language lang) {
        Lexicon lex = lexicons.get(lang);
        Work w = WORK.get();
        scan(text, lex, w, null);
        resolve(text, lex.cues, w);
        List<int[]> out = new ArrayList<>();
        for (int m = 0; m < w.nMask; m++) {
            out.add(new int[] {w.s.orig[w.maskStart[m]], w.s.orig[w.maskEnd[m] - 1] + 1});
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------------------

    private Classification resolve(String text, Cue[] cues, Work w) {
        TextNormalizer.Scratch s = w.s;
        int n = s.nMatch;
        int[] pid = s.mPid;
        int[] st = s.mStart;
        int[] en = s.mEnd;
        // insertion sort by (start asc, length desc); matches arrive nearly ordered
        for (int i = 1; i < n; i++) {
            int p = pid[i];
            int a = st[i];
            int b = en[i];
            int j = i - 1;
            while (j >= 0 && (st[j] > a || (st[j] == a && en[j] < b))) {
                pid[j + 1] = pid[j];
                st[j + 1] = st[j];
                en[j + 1] = en[j];
                j--;
            }
            pid[j + 1] = p;
            st[j + 1] = a;
            en[j + 1] = b;
        }
        // state names: leftmost-longest among themselves (a blocker such as 发展中国家 wins and masks nothing); a kept
        // name masks its span for the n-grams and removes the lexicon matches that overlap it ("des États-Unis")
        w.nMask = 0;
        int nameEnd = -1;
        for (int i = 0; i < n; i++) {
            Cue c = cues[pid[i]];
            if (c.has(Cue.NAME) && st[i] >= nameEnd) {
                nameEnd = en[i];
                if (!c.has(Cue.BLOCK) && !insideLexiconCue(cues, pid, st, en, n, st[i], en[i])) {
                    w.addMask(st[i], en[i]);
                }
            }
        }
        int k = 0;
        int mk = 0;
        for (int i = 0; i < n; i++) {
            if (cues[pid[i]].has(Cue.NAME)) {
                continue;
            }
            while (mk < w.nMask && w.maskEnd[mk] <= st[i]) {
                mk++;
            }
            if (mk < w.nMask && w.maskStart[mk] < en[i]) {
                continue; // overlaps a name
            }
            pid[k] = pid[i];
            st[k] = st[i];
            en[k] = en[i];
            k++;
        }
        n = k;
        // leftmost-longest: drop matches that overlap an already kept (earlier or longer) match
        k = 0;
        int maxEnd = -1;
        for (int i = 0; i < n; i++) {
            if (st[i] < maxEnd) {
                continue;
            }
            maxEnd = en[i];
            pid[k] = pid[i];
            st[k] = st[i];
            en[k] = en[i];
            k++;
        }
        n = k;
        w.ensure(n);
        int[] sent = w.sent;
        int[] clause = w.clause;
        for (int i = 0; i < n; i++) {
            sent[i] = s.sentenceOf(st[i]);
            clause[i] = s.clauseOf(st[i]);
        }
        Axis[] ax = w.axis;
        double[] wt = w.weight;
        boolean[] neg = w.neg;
        int[] mod = w.mod;
        // 1. negation and ambiguity
        for (int i = 0; i < n; i++) {
            Cue c = cues[pid[i]];
            ax[i] = c.axis;
            wt[i] = c.weight;
            neg[i] = false;
            mod[i] = 0;
            if (c.has(Cue.BOTH)) {
                ax[i] = Axis.MULTISTAKEHOLDER; // placeholder: counted on both axes below, never flipped
                continue;
            }
            if (c.axis == null) {
                continue;
            }
            int parity = 0;
            boolean post = false;
            int lastNegEnd = -1;
            for (int j = 0; j < n; j++) {
                Cue m = cues[pid[j]];
                if (m.has(Cue.NEG) && en[j] <= st[i] && (st[i] - en[j] <= cfg.negWindow || s.orBridge(en[j], st[i], cfg.negOrWindow))
                        && s.clauseOf(en[j]) == clause[i] && !contrastBetween(cues, pid, st, n, en[j], st[i])) {
                    if (m.has(Cue.CONCORD) && lastNegEnd >= 0 && st[j] - lastNegEnd <= cfg.concordWindow) {
                        lastNegEnd = en[j]; // negative concord: "не видим никаких оснований" is one negation
                        continue;
                    }
                    parity ^= 1; // pre-negators compose: "cannot support a treaty inconsistent with X" keeps X
                    lastNegEnd = en[j];
                } else if (m.has(Cue.POSTNEG) && st[j] >= en[i] && st[j] - en[i] <= cfg.postNegWindow
                        && s.clauseOf(en[i]) == clause[j] && !axisCueBetween(cues, pid, st, en, n, en[i], st[j])) {
                    post = true; // "... would be a mistake" agrees with "any attempt to ...": no double flip
                } else if (m.has(Cue.PREVNEG) && sent[j] == sent[i] + 1) {
                    post = true; // "Some argue X. We disagree."
                }
            }
            if (post) {
                parity = 1;
            }
            if (c.has(Cue.AMB) && !followedByFirmCue(cues, pid, st, en, n, i, c.axis)) {
                for (int j = 0; j < n; j++) {
                    if (j == i || sent[j] != sent[i]) {
                        continue;
                    }
                    Cue m = cues[pid[j]];
                    if (m.has(Cue.MSCTX) || (m.axis == Axis.MULTISTAKEHOLDER && !m.has(Cue.SOFT) && !m.has(Cue.NOFLIP)
                            && !m.has(Cue.INST) && !m.has(Cue.AMB))) {
                        int gap = j > i ? st[j] - en[i] : st[i] - en[j];
                        if (gap >= 0 && gap <= cfg.ambWindow) {
                            ax[i] = Axis.MULTISTAKEHOLDER;
                            break;
                        }
                    } else if (m.has(Cue.INST) && !m.has(Cue.TREATY)) {
                        // "equal footing" in the sentence of an IGF/ICANN-type institution: the stakeholders' equality
                        ax[i] = Axis.MULTISTAKEHOLDER;
                        break;
                    }
                }
            }
            if (parity == 1 && c.has(Cue.INST)) {
                parity = 0; // an institution's name is not what a negator rejects ("subordinate the IGF to ...")
            }
            if (parity == 1) {
                neg[i] = true;
                if (c.has(Cue.NOFLIP)) {
                    // pejorative cue: keeps its axis
                } else if (c.has(Cue.SOFT)) {
                    wt[i] *= cfg.negSoftFactor;
                } else {
                    ax[i] = flip(ax[i]);
                    wt[i] *= cfg.negFlipFactor;
                }
            }
        }
        // 2. crossover: treaty context turns multistakeholder words multilateral; IGF context the reverse
        for (int i = 0; i < n; i++) {
            Cue c = cues[pid[i]];
            if (c.axis == null || neg[i] || c.has(Cue.BOTH)) {
                continue;
            }
            if (ax[i] == Axis.MULTISTAKEHOLDER && !c.has(Cue.INST) && !c.has(Cue.NOFLIP) && sentenceHas(cues, pid, sent, neg, n, sent[i], Cue.TREATY)) {
                ax[i] = Axis.MULTILATERAL;
                wt[i] *= cfg.crossoverFactor;
                mod[i] |= M_XOVER;
            } else if (ax[i] == Axis.MULTILATERAL && c.has(Cue.XOVER) && !c.has(Cue.TREATY)
                    && sentenceHas(cues, pid, sent, neg, n, sent[i], Cue.INST)
                    && !sentenceHas(cues, pid, sent, neg, n, sent[i], Cue.TREATY)) {
                ax[i] = Axis.MULTISTAKEHOLDER;
                wt[i] *= cfg.crossoverFactor;
                mod[i] |= M_XOVER;
            }
        }
        // 3. contrast, reported speech, advisory-only stakeholders
        for (int j = 0; j < n; j++) {
            Cue m = cues[pid[j]];
            if (m.has(Cue.CONTRAST)) {
                int sj = sent[j];
                int ss = s.sentenceStart(sj);
                // "However, ..." at the sentence start, or "X, however, ..." with no cue before the marker, turns
                // against the previous sentence
                boolean leadIn = st[j] - ss <= cfg.contrastLeadIn
                        || (st[j] - ss <= cfg.contrastLeadInNoCue && !axisCueBetween(cues, pid, st, en, n, ss, st[j]));
                for (int i = 0; i < n; i++) {
                    if (ax[i] == null) {
                        continue;
                    }
                    if (st[i] >= en[j] && (sent[i] == sj || (leadIn && sent[i] == sj + 1))) {
                        wt[i] *= cfg.contrastAfter;
                        mod[i] |= M_CAFTER;
                    } else if (en[i] <= st[j] && (sent[i] == sj || (leadIn && sent[i] == sj - 1))) {
                        wt[i] *= cfg.contrastBefore;
                        mod[i] |= M_CBEFORE;
                    }
                }
            } else if (m.has(Cue.CONCESS)) {
                // "Although we value X, Y": the concessive clause weighs less, the main clause(s) of the sentence more;
                // left to the contrast marker when the sentence has one ("虽然 X，但 Y")
                if (sentenceHasFlag(cues, pid, sent, n, sent[j], Cue.CONTRAST)) {
                    continue;
                }
                int cj = clause[j];
                for (int i = 0; i < n; i++) {
                    if (ax[i] == null || sent[i] != sent[j]) {
                        continue;
                    }
                    if (cues[pid[i]].has(Cue.BOTH)) {
                        if (cues[pid[i]].has(Cue.COND)) {
                            wt[i] = 0; // "no objection to X, provided that Y": the condition restricts, it does not balance
                        }
                        continue;
                    }
                    if (clause[i] == cj && st[i] >= en[j]) {
                        wt[i] *= cfg.contrastBefore;
                        mod[i] |= M_CBEFORE;
                    } else if (clause[i] != cj) {
                        wt[i] *= cfg.contrastAfter;
                        mod[i] |= M_CAFTER;
                    }
                }
            } else if (m.has(Cue.PROC)) {
                // procedural / logistics sentence: no cue in it states a position
                for (int i = 0; i < n; i++) {
                    if (sent[i] == sent[j] && ax[i] != null) {
                        wt[i] *= cfg.reportFactor;
                        mod[i] |= M_PROC;
                    }
                }
            } else if (m.has(Cue.REPORT)) {
                for (int i = j + 1; i < n; i++) {
                    if (sent[i] != sent[j]) {
                        break;
                    }
                    if (cues[pid[i]].has(Cue.CONTRAST)) {
                        break;
                    }
                    if (ax[i] != null && !(neg[i] && sentenceHasFlag(cues, pid, sent, n, sent[i] + 1, Cue.PREVNEG))
                            && !sentenceHasFlag(cues, pid, sent, n, sent[i] + 1, Cue.PREVAGREE)) {
                        // (a reported view that the next sentence rejects, or adopts, is the speaker's own position)
                        wt[i] *= cfg.reportFactor;
                        mod[i] |= M_REPORT;
                    }
                }
            } else if (m.has(Cue.ADVISORY) && !neg[j]) {
                for (int i = 0; i < n; i++) {
                    if (ax[i] == Axis.MULTISTAKEHOLDER && !cues[pid[i]].has(Cue.BOTH) && (sent[i] == sent[j] || sent[i] == sent[j] - 1)) {
                        wt[i] *= cfg.advisoryFactor;
                        mod[i] |= M_ADVISORY;
                    }
                }
            }
        }
        // 4. cap the generic (SOFT) cues per sentence and axis: a long enumeration of stakeholders is one signal
        for (int i = 0; i < n; i++) {
            if (ax[i] == null || !cues[pid[i]].has(Cue.SOFT) || cues[pid[i]].has(Cue.BOTH) || isCappedActor(cues[pid[i]], ax[i], neg[i])) {
                continue;
            }
            double before = 0;
            for (int j = 0; j < i; j++) {
                if (sent[j] == sent[i] && ax[j] == ax[i] && cues[pid[j]].has(Cue.SOFT) && !cues[pid[j]].has(Cue.BOTH)
                        && !isCappedActor(cues[pid[j]], ax[j], neg[j])) {
                    before += wt[j];
                }
            }
            wt[i] = Math.max(0, Math.min(wt[i], cfg.softCap - before));
        }
        // 4a. a bare list of actor groups ("governments, the private sector and civil society should work together to
        //     close the digital divide") is development boilerplate, not a governance position: ACTOR cues of one
        //     statement (1.4: no longer per sentence, so actors thanked in several sentences stay weak) add up to at most
        //     actors.capPerSentence; the participation rule below adds the real signal
        for (int i = 0; i < n; i++) {
            if (ax[i] != Axis.MULTISTAKEHOLDER || !cues[pid[i]].has(Cue.ACTOR) || neg[i]) {
                continue;
            }
            double before = 0;
            for (int j = 0; j < i; j++) {
                if (ax[j] == Axis.MULTISTAKEHOLDER && cues[pid[j]].has(Cue.ACTOR) && !neg[j]) {
                    before += wt[j];
                }
            }
            wt[i] = Math.max(0, Math.min(wt[i], cfg.actorCap - before));
        }
        // 4b. several non-governmental actor groups named with an inclusive-participation phrase in one sentence is
        //     multistakeholder evidence of its own (added to the participation cue), unless the sentence carries a
        //     multilateral cue (then the ordinary weights decide between the camps) or a treaty context
        boolean actorBonus = false;
        if (cfg.actorBonus > 0) {
            for (int i = 0; i < n; i++) {
                if (!cues[pid[i]].has(Cue.PART) || neg[i] || ax[i] != Axis.MULTISTAKEHOLDER) {
                    continue;
                }
                int actors = 0;
                int lastActor = -1;
                boolean blocked = false;
                for (int j = 0; j < n; j++) {
                    if (sent[j] != sent[i] && !(sent[j] == sent[i] - 1 && cues[pid[j]].has(Cue.ACTOR))) {
                        continue;
                    }
                    Cue m = cues[pid[j]];
                    if (m.has(Cue.ACTOR) && pid[j] != lastActor && !neg[j]) {
                        actors++;
                        lastActor = pid[j];
                    }
                    if (sent[j] == sent[i] && ((ax[j] == Axis.MULTILATERAL && !neg[j] && wt[j] > 0) || m.has(Cue.TREATY)
                            || m.has(Cue.ADVISORY))) {
                        blocked = true;
                    }
                }
                if (actors >= cfg.actorMin && !blocked) {
                    wt[i] += cfg.actorBonus;
                    actorBonus = true;
                    break; // once per statement
                }
            }
        }
        // 5. sum and evidence
        double sMs = 0;
        double sMl = 0;
        List<Evidence> ev = new ArrayList<>();
        int[] orig = s.orig;
        for (int i = 0; i < n; i++) {
            if (cues[pid[i]].has(Cue.COND) && !axisCueFollows(cues, pid, sent, ax, wt, n, i)) {
                wt[i] = 0; // "provided that the benefits are shared": a condition with no stance in it balances nothing
            }
        }
        for (int i = 0; i < n; i++) {
            if (ax[i] == null || wt[i] <= 0) {
                continue;
            }
            int os = orig[st[i]];
            int oe = orig[en[i] - 1] + 1;
            String span = text.substring(os, oe);
            if (cues[pid[i]].has(Cue.BOTH)) {
                sMs += wt[i];
                sMl += wt[i];
                ev.add(new Evidence(os, oe, span, cues[pid[i]].pattern, Axis.MULTISTAKEHOLDER, round(wt[i]), false));
                ev.add(new Evidence(os, oe, span, cues[pid[i]].pattern, Axis.MULTILATERAL, round(wt[i]), false));
                continue;
            }
            if (ax[i] == Axis.MULTISTAKEHOLDER) {
                sMs += wt[i];
            } else {
                sMl += wt[i];
            }
            ev.add(new Evidence(os, oe, span, cues[pid[i]].pattern, ax[i], round(wt[i]), neg[i]));
        }
        double balance = 0;
        double firmMs = 0;
        double firmMl = 0;
        for (int i = 0; i < n; i++) {
            if (ax[i] == null) {
                continue;
            }
            Cue c = cues[pid[i]];
            if (c.has(Cue.BOTH)) {
                balance += wt[i];
            } else if (!c.has(Cue.SOFT) && !c.has(Cue.INST) && !neg[i]) {
                if (ax[i] == Axis.MULTISTAKEHOLDER) {
                    firmMs = Math.max(firmMs, wt[i]);
                } else {
                    firmMl = Math.max(firmMl, wt[i]);
                }
            }
        }
        double ms = 1 - Math.exp(-sMs);
        double ml = 1 - Math.exp(-sMl);
        double hi = Math.max(ms, ml);
        double lo = Math.min(ms, ml);
        Stance stance;
        double conf;
        boolean longText = s.nSentence >= cfg.longMinSentences;
        boolean mixed = (lo >= cfg.mixedMin && lo / hi >= (longText ? cfg.longMixedRatio : cfg.mixedRatio))
                || (balance >= cfg.balanceMin && lo / hi >= (longText ? cfg.longMixedRatioBalanced : cfg.mixedRatioBalanced))
                || (Math.min(firmMs, firmMl) >= cfg.firmMin && lo / hi >= cfg.firmRatio);
        // a long statement (development, AI, thanks ...) collects passing cues of one camp sentence by sentence; a
        // one-sided signal that only this accumulation lifts over noneThreshold is not a position there
        boolean longWeak = !mixed && longText && hi < cfg.longNoneThreshold;
        if (hi < cfg.noneThreshold || longWeak) {
            stance = Stance.NO_POSITION;
            conf = cfg.confNone + (1 - cfg.confNone) * (1 - hi / cfg.noneThreshold) * 0.8;
        } else if (mixed) {
            stance = Stance.MIXED;
            conf = cfg.confMixed + 0.3 * (lo / hi - cfg.mixedRatio) / (1 - cfg.mixedRatio + 1e-9);
        } else {
            stance = ms >= ml ? Stance.MULTISTAKEHOLDER : Stance.MULTILATERAL;
            double margin = (hi - lo) / hi;
            conf = 1 / (1 + Math.exp(-(cfg.confBase + cfg.confMargin * margin + cfg.confStrength * (hi - cfg.noneThreshold))));
        }
        conf = Math.max(0, Math.min(cfg.confMax, conf));
        w.nKept = n;
        denseFeatures(cues, w, n, sMs, sMl, ms, ml, firmMs, firmMl, balance, actorBonus, stance, longText, longWeak);
        return new Classification(stance, round(ms - ml), round(conf), round(ms), round(ml), ev, cfg.version);
    }

    private static final int M_XOVER = 1;
    private static final int M_REPORT = 2;
    private static final int M_ADVISORY = 4;
    private static final int M_CAFTER = 8;
    private static final int M_CBEFORE = 16;
    private static final int M_PROC = 32;

    /** Fills {@code w.dense} in the order of {@link StanceModel#DENSE}; counts go through log1p. */
    private static void denseFeatures(Cue[] cues, Work w, int n, double sMs, double sMl, double ms, double ml,
                                      double firmMs, double firmMl, double balance, boolean actorBonus, Stance stance,
                                      boolean longText, boolean longWeak) {
        double[] x = w.dense;
        java.util.Arrays.fill(x, 0);
        int[] pid = w.s.mPid;
        Axis[] ax = w.axis;
        double[] wt = w.weight;
        int[] mod = w.mod;
        int cnt0 = 0, cnt1 = 0, soft0 = 0, soft1 = 0, inst0 = 0, inst1 = 0, neg0 = 0, neg1 = 0, xo0 = 0, xo1 = 0;
        int rep0 = 0, rep1 = 0, ca0 = 0, ca1 = 0, cb0 = 0, cb1 = 0, adv = 0, actors = 0, both = 0;
        int mNeg = 0, mContrast = 0, mReport = 0, mAdvisory = 0, treaty = 0;
        int mConcess = 0, mProc = 0, mAgree = 0, cond = 0, pr0 = 0, pr1 = 0;
        for (int i = 0; i < n; i++) {
            Cue c = cues[pid[i]];
            if (c.has(Cue.NEG) || c.has(Cue.POSTNEG) || c.has(Cue.PREVNEG)) {
                mNeg++;
            }
            if (c.has(Cue.CONTRAST)) {
                mContrast++;
            }
            if (c.has(Cue.REPORT)) {
                mReport++;
            }
            if (c.has(Cue.ADVISORY)) {
                mAdvisory++;
            }
            if (c.has(Cue.TREATY)) {
                treaty++;
            }
            if (c.has(Cue.CONCESS)) {
                mConcess++;
            }
            if (c.has(Cue.PROC)) {
                mProc++;
            }
            if (c.has(Cue.PREVAGREE)) {
                mAgree++;
            }
            if (c.has(Cue.COND)) {
                cond++;
            }
            if (ax[i] == null || wt[i] <= 0) {
                continue;
            }
            if (c.has(Cue.BOTH)) {
                both++;
                continue;
            }
            boolean m = ax[i] == Axis.MULTISTAKEHOLDER;
            if (m) { cnt0++; } else { cnt1++; }
            if (c.has(Cue.SOFT)) { if (m) { soft0++; } else { soft1++; } }
            if (c.has(Cue.INST)) { if (m) { inst0++; } else { inst1++; } }
            if (w.neg[i]) { if (m) { neg0++; } else { neg1++; } }
            if ((mod[i] & M_XOVER) != 0) { if (m) { xo0++; } else { xo1++; } }
            if ((mod[i] & M_REPORT) != 0) { if (m) { rep0++; } else { rep1++; } }
            if ((mod[i] & M_CAFTER) != 0) { if (m) { ca0++; } else { ca1++; } }
            if ((mod[i] & M_CBEFORE) != 0) { if (m) { cb0++; } else { cb1++; } }
            if ((mod[i] & M_ADVISORY) != 0) { adv++; }
            if ((mod[i] & M_PROC) != 0) { if (m) { pr0++; } else { pr1++; } }
            if (c.has(Cue.ACTOR) && m) { actors++; }
        }
        int k = 0;
        x[k++] = ms;
        x[k++] = ml;
        x[k++] = Math.log1p(sMs);
        x[k++] = Math.log1p(sMl);
        x[k++] = Math.log1p(cnt0);
        x[k++] = Math.log1p(cnt1);
        x[k++] = firmMs;
        x[k++] = firmMl;
        x[k++] = Math.log1p(soft0);
        x[k++] = Math.log1p(soft1);
        x[k++] = Math.log1p(inst0);
        x[k++] = Math.log1p(inst1);
        x[k++] = Math.log1p(neg0);
        x[k++] = Math.log1p(neg1);
        x[k++] = Math.log1p(xo0);
        x[k++] = Math.log1p(xo1);
        x[k++] = Math.log1p(rep0);
        x[k++] = Math.log1p(rep1);
        x[k++] = Math.log1p(ca0);
        x[k++] = Math.log1p(ca1);
        x[k++] = Math.log1p(cb0);
        x[k++] = Math.log1p(cb1);
        x[k++] = Math.log1p(adv);
        x[k++] = Math.log1p(actors);
        x[k++] = actorBonus ? 1 : 0;
        x[k++] = Math.log1p(both);
        x[k++] = Math.log1p(balance);
        x[k++] = Math.log1p(mNeg);
        x[k++] = Math.log1p(mContrast);
        x[k++] = Math.log1p(mReport);
        x[k++] = Math.log1p(mAdvisory);
        x[k++] = Math.log1p(treaty);
        x[k++] = Math.log1p(pr0);
        x[k++] = Math.log1p(pr1);
        x[k++] = Math.log1p(mConcess);
        x[k++] = Math.log1p(mProc);
        x[k++] = Math.log1p(mAgree);
        x[k++] = Math.log1p(cond);
        x[k++] = longText ? 1 : 0;
        x[k++] = longWeak ? 1 : 0;
        // sentence count without the boundaries a state name's own full stop makes ("the U.S. delegation"): a name
        // must not change the features (1.7.0; the rule-based long-statement test still counts every boundary)
        int nSent = w.s.nSentence;
        for (int b = 0, m = 0; b < w.s.nSentence; b++) {
            int pos = w.s.sentences[b];
            while (m < w.nMask && w.maskEnd[m] <= pos) {
                m++;
            }
            if (m < w.nMask && w.maskStart[m] <= pos) {
                nSent--;
            }
        }
        x[k++] = Math.log1p(nSent) / 3.0;
        x[k + stance.ordinal()] = 1;
        k += 4;
        double hi = Math.max(ms, ml);
        double lo = Math.min(ms, ml);
        x[k++] = hi;
        x[k++] = lo;
        x[k++] = hi > 0 ? lo / hi : 0;
        int len = w.s.len; // length with each state name counted as one char: a longer name must not change the label
        for (int m = 0; m < w.nMask; m++) {
            len -= w.maskEnd[m] - w.maskStart[m] - 1;
        }
        x[k++] = Math.log1p(len) / 8.0;
        assert k == StanceModel.D;
    }

    /** True if an axis cue lies entirely within [from, to): a post-negator binds to the nearest cue only. */
    private static boolean axisCueBetween(Cue[] cues, int[] pid, int[] st, int[] en, int n, int from, int to) {
        for (int k = 0; k < n; k++) {
            if (st[k] >= from && en[k] <= to && (cues[pid[k]].axis != null || cues[pid[k]].has(Cue.BOTH))) {
                return true;
            }
        }
        return false;
    }

    /** An ambiguous cue directly followed by a firm cue of its default axis keeps that axis
     *  ("многосторонним, прозрачным и демократическим"). */
    private static boolean followedByFirmCue(Cue[] cues, int[] pid, int[] st, int[] en, int n, int i, Axis axis) {
        for (int j = i + 1; j < n; j++) {
            if (st[j] - en[i] > 25) {
                return false;
            }
            Cue m = cues[pid[j]];
            if (m.axis == axis && !m.has(Cue.SOFT) && !m.has(Cue.AMB)) {
                return true;
            }
        }
        return false;
    }

    /** True if a longer lexicon cue covers [from, to) ("Agenda de Túnez", 突尼斯议程): the name is part of the cue, which
     *  wins (1.6.0: the name is then neither masked nor does it remove the cue). */
    private static boolean insideLexiconCue(Cue[] cues, int[] pid, int[] st, int[] en, int n, int from, int to) {
        for (int k = 0; k < n; k++) {
            if (!cues[pid[k]].has(Cue.NAME) && st[k] <= from && en[k] >= to && en[k] - st[k] > to - from) {
                return true;
            }
        }
        return false;
    }

    private static boolean sentenceHasFlag(Cue[] cues, int[] pid, int[] sent, int n, int sentence, int flag) {
        for (int k = 0; k < n; k++) {
            if (sent[k] == sentence && cues[pid[k]].has(flag)) {
                return true;
            }
        }
        return false;
    }

    /** True if a non-balancing axis cue with weight follows cue i in its sentence. */
    private static boolean axisCueFollows(Cue[] cues, int[] pid, int[] sent, Axis[] ax, double[] wt, int n, int i) {
        for (int j = i + 1; j < n && sent[j] == sent[i]; j++) {
            if (ax[j] != null && wt[j] > 0 && !cues[pid[j]].has(Cue.BOTH)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contrastBetween(Cue[] cues, int[] pid, int[] st, int n, int from, int to) {
        for (int j = 0; j < n; j++) {
            if (st[j] >= from && st[j] < to && cues[pid[j]].has(Cue.CONTRAST)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sentenceHas(Cue[] cues, int[] pid, int[] sent, boolean[] neg, int n, int sentence, int flag) {
        for (int j = 0; j < n; j++) {
            if (sent[j] == sentence && !neg[j] && cues[pid[j]].has(flag)) {
                return true;
            }
        }
        return false;
    }

    /** ACTOR cues have their own per-sentence cap (actors.capPerSentence) instead of the SOFT cap. */
    private static boolean isCappedActor(Cue c, Axis a, boolean negated) {
        return c.has(Cue.ACTOR) && a == Axis.MULTISTAKEHOLDER && !negated;
    }

    private static Axis flip(Axis a) {
        return a == Axis.MULTISTAKEHOLDER ? Axis.MULTILATERAL : Axis.MULTISTAKEHOLDER;
    }

    private static double round(double d) {
        return Math.round(d * 1000.0) / 1000.0;
    }

    /** Per-thread buffers. */
    private static final class Work implements AhoCorasick.Sink {
        final TextNormalizer.Scratch s = new TextNormalizer.Scratch();
        Cue[] cues;
        int[] sent = new int[64];
        int[] clause = new int[64];
        Axis[] axis = new Axis[64];
        double[] weight = new double[64];
        boolean[] neg = new boolean[64];
        int[] mod = new int[64];
        int nKept;
        boolean[] disabled;
        // masked state names (normalised coordinates, sorted, disjoint)
        int[] maskStart = new int[16];
        int[] maskEnd = new int[16];
        int nMask;
        final double[] dense = new double[StanceModel.D];
        final double[] logits = new double[StanceModel.K];
        final double[] z = new double[StanceModel.K];
        final StanceModel.NgramScratch ng = new StanceModel.NgramScratch();

        void ensure(int n) {
            if (sent.length < n) {
                int cap = Math.max(n, sent.length * 2);
                sent = new int[cap];
                clause = new int[cap];
                axis = new Axis[cap];
                weight = new double[cap];
                neg = new boolean[cap];
                mod = new int[cap];
            }
        }

        void addMask(int start, int end) {
            if (nMask == maskStart.length) {
                maskStart = java.util.Arrays.copyOf(maskStart, nMask * 2);
                maskEnd = java.util.Arrays.copyOf(maskEnd, nMask * 2);
            }
            maskStart[nMask] = start;
            maskEnd[nMask] = end;
            nMask++;
        }

        @Override
        public void match(int patternId, int end) {
            Cue c = cues[patternId];
            if (disabled != null && disabled[patternId] && !c.has(Cue.NAME)) {
                return;
            }
            int start = end - c.norm.length();
            char[] t = s.norm;
            if (c.startMode == Cue.B_WORD) {
                if (start > 0 && TextNormalizer.isWordChar(t[start - 1])) {
                    return;
                }
            } else if (c.startMode == Cue.B_ARABIC && !arabicStartOk(t, start)) {
                return;
            }
            if (c.endMode == Cue.B_WORD && end < s.len && TextNormalizer.isWordChar(t[end])) {
                return;
            }
            if (c.endMode == Cue.B_NONE && c.startMode != Cue.B_NONE) {
                // stem cue: the evidence covers the whole word form ("intergouvernement|aux")
                while (end < s.len && TextNormalizer.isWordChar(t[end])) {
                    end++;
                }
            }
            s.addMatch(patternId, start, end);
        }
    }

    private static final String[] ARABIC_PROCLITICS = {"و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال",
        "لل", "ولل", "فلل", "وب", "ول", "فب", "فل", "وك", "فك", "وبال", "وكال", "س", "وس"};

    /** Match may start at a word start or after Arabic proclitics (و ف ب ك ل ال and combinations). */
    static boolean arabicStartOk(char[] t, int start) {
        int ws = start;
        while (ws > 0 && TextNormalizer.isWordChar(t[ws - 1])) {
            ws--;
            if (start - ws > 4) {
                return false;
            }
        }
        int plen = start - ws;
        if (plen == 0) {
            return true;
        }
        outer:
        for (String p : ARABIC_PROCLITICS) {
            if (p.length() != plen) {
                continue;
            }
            for (int i = 0; i < plen; i++) {
                if (t[ws + i] != p.charAt(i)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
