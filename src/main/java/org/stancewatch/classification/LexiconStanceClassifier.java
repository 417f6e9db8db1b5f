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
 * {@code 1 - exp(-S)}; the stance follows from both signals.
 *
 * <p>Immutable after construction and thread-safe; per-thread scratch buffers avoid allocation in the hot path.
 */
public final class LexiconStanceClassifier implements StanceClassifier {

    static final String PROPERTIES = "classification/classifier.properties";
    static final String LEXICON_DIR = "classification/lexicon/";
    static final String COMMON = "common";

    private final ClassifierConfig cfg;
    private final Map<Language, Lexicon> lexicons;

    private static final ThreadLocal<Work> WORK = ThreadLocal.withInitial(Work::new);

    private static final class Holder {
        static final LexiconStanceClassifier DEFAULT = load(LexiconStanceClassifier.class.getClassLoader());
    }

    private LexiconStanceClassifier(ClassifierConfig cfg, Map<Language, Lexicon> lexicons) {
        this.cfg = cfg;
        this.lexicons = lexicons;
    }

    /** The same lexicons with other settings ({@code classifier.properties} content): for tools that fit settings. */
    LexiconStanceClassifier withSettings(byte[] properties) {
        return new LexiconStanceClassifier(ClassifierConfig.parse(properties), lexicons);
    }

    /** Loads the lexicons and settings from the classpath under {@code classification/} (cached, immutable). */
    public static LexiconStanceClassifier loadDefault() {
        return Holder.DEFAULT;
    }

    static LexiconStanceClassifier load(ClassLoader cl) {
        ClassifierConfig cfg = ClassifierConfig.parse(Lexicon.readBytes(PROPERTIES, cl));
        Map<Language, Lexicon> lex = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            lex.put(l, Lexicon.load(l, LEXICON_DIR + COMMON + ".tsv", LEXICON_DIR + l.code() + ".tsv", cl));
        }
        return new LexiconStanceClassifier(cfg, Collections.unmodifiableMap(lex));
    }

    /** The data files whose contents are pinned to the version. */
    static List<String> dataResources() {
        List<String> r = new ArrayList<>();
        r.add(PROPERTIES);
        r.add(LEXICON_DIR + COMMON + ".tsv");
        for (Language l : Language.values()) {
            r.add(LEXICON_DIR + l.code() + ".tsv");
        }
        return r;
    }

    /** SHA-256 (hex) over the names and bytes of {@link #dataResources()}. */
    static String dataFingerprint(ClassLoader cl) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String res : dataResources()) {
                md.update(res.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                // normalise line endings so a checkout with CRLF gives the same hash
                String s = new String(Lexicon.readBytes(res, cl), StandardCharsets.UTF_8).replace("\r\n", "\n");
                md.update(s.getBytes(StandardCharsets.UTF_8));
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
        TextNormalizer.Scratch s = w.s;
        TextNormalizer.normalize(text, s);
        s.nMatch = 0;
        w.cues = lex.cues;
        lex.automaton.scan(s.norm, s.len, w);
        w.cues = null;
        return resolve(text, lex.cues, w);
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
        // leftmost-longest: drop matches that overlap an already kept (earlier or longer) match
        int k = 0;
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
        // 1. negation and ambiguity
        for (int i = 0; i < n; i++) {
            Cue c = cues[pid[i]];
            ax[i] = c.axis;
            wt[i] = c.weight;
            neg[i] = false;
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
            } else if (ax[i] == Axis.MULTILATERAL && c.has(Cue.XOVER) && !c.has(Cue.TREATY)
                    && sentenceHas(cues, pid, sent, neg, n, sent[i], Cue.INST)
                    && !sentenceHas(cues, pid, sent, neg, n, sent[i], Cue.TREATY)) {
                ax[i] = Axis.MULTISTAKEHOLDER;
                wt[i] *= cfg.crossoverFactor;
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
                    } else if (en[i] <= st[j] && (sent[i] == sj || (leadIn && sent[i] == sj - 1))) {
                        wt[i] *= cfg.contrastBefore;
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
                    } else if (clause[i] != cj) {
                        wt[i] *= cfg.contrastAfter;
                    }
                }
            } else if (m.has(Cue.PROC)) {
                // procedural / logistics sentence: no cue in it states a position
                for (int i = 0; i < n; i++) {
                    if (sent[i] == sent[j] && ax[i] != null) {
                        wt[i] *= cfg.reportFactor;
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
                    }
                }
            } else if (m.has(Cue.ADVISORY) && !neg[j]) {
                for (int i = 0; i < n; i++) {
                    if (ax[i] == Axis.MULTISTAKEHOLDER && !cues[pid[i]].has(Cue.BOTH) && (sent[i] == sent[j] || sent[i] == sent[j] - 1)) {
                        wt[i] *= cfg.advisoryFactor;
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
        return new Classification(stance, round(ms - ml), round(conf), round(ms), round(ml), ev, cfg.version);
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

        void ensure(int n) {
            if (sent.length < n) {
                int cap = Math.max(n, sent.length * 2);
                sent = new int[cap];
                clause = new int[cap];
                axis = new Axis[cap];
                weight = new double[cap];
                neg = new boolean[cap];
            }
        }

        @Override
        public void match(int patternId, int end) {
            Cue c = cues[patternId];
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
