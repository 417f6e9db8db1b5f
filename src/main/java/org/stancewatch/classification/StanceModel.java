package org.stancewatch.classification;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * The learned layer: a multinomial logistic regression over the lexicon pass (dense features, {@link #DENSE}) and
 * hashed character n-grams of the normalised text with state names masked ({@link Gazetteer}).
 *
 * <p>Weights live in {@code classification/stance-model.bin}, written by the trainer
 * ({@code src/test/java/org/stancewatch/classification/train/Trainer.java}, see README "Classifier") from the dev and
 * validation corpus only. Format (big-endian, {@link DataOutputStream}): magic {@code SWLR}, format 1; n-gram min, max,
 * bucket bits, per-language hashing (0/1), cue-feature scale (float); the dense feature names (checked against {@link #DENSE} at load);
 * dense scale; temperature; 4 x (D+1) float dense weights (bias last) per class in {@link Stance} order; the int8
 * scale; then {@code 4 << bits} int8 n-gram weights, four per bucket.
 *
 * <p>Immutable, thread-safe.
 */
public final class StanceModel {

    static final String RESOURCE = "classification/stance-model.bin";
    public static final int K = 4;
    private static final int MAGIC = 0x53574c52; // "SWLR"
    private static final int FORMAT = 1;

    /** Dense lexicon-derived features, in order. */
    public static final String[] DENSE = {
        "ms.signal", "ml.signal", "ms.sum", "ml.sum", "ms.count", "ml.count", "ms.firm", "ml.firm",
        "ms.soft", "ml.soft", "ms.inst", "ml.inst", "ms.negated", "ml.negated", "ms.crossover", "ml.crossover",
        "ms.reported", "ml.reported", "ms.contrastAfter", "ml.contrastAfter", "ms.contrastBefore", "ml.contrastBefore",
        "ms.advisory", "actors", "actors.bonus", "both.count", "both.weight", "marker.neg", "marker.contrast",
        "marker.report", "marker.advisory", "cue.treaty",
        "ms.procedural", "ml.procedural", "marker.concessive", "marker.procedural", "marker.adopts", "balance.conditional",
        "long.text", "long.weak", "sentences", "rule.MULTISTAKEHOLDER", "rule.MULTILATERAL", "rule.MIXED",
        "rule.NO_POSITION", "signal.hi", "signal.lo", "signal.ratio", "length",
    };
    public static final int D = DENSE.length;

    /**
     * Sparse-feature settings: char n-grams of length min..max hashed into 2^bits buckets, seeded by language or not;
     * cue-identity features (each lexicon cue that contributed, with its final axis and negation) in the same table
     * with block scale {@code cueScale} (0 = none).
     */
    public record Spec(int min, int max, int bits, boolean perLanguage, double cueScale) {
        /** False for the lexicon-features-only variant (n-gram range 0-0): no char n-grams at all. */
        public boolean ngrams() {
            return max > 0;
        }

        public Spec {
            if (!(min == 0 && max == 0) && (min < 1 || max < min || max > 4) || bits < 10 || bits > 24) {
                throw new IllegalArgumentException("bad n-gram spec " + min + ".." + max + " / " + bits);
            }
        }
    }

    final Spec spec;
    final double denseScale;
    final double temperature;
    final float[] dense;   // K x (D+1)
    final byte[] hashed;   // (1 << bits) x K
    private final int[] packed; // the same, biased and packed four to an int (see addNgramLogits)
    final float hashScale;

    StanceModel(Spec spec, double denseScale, double temperature, float[] dense, byte[] hashed, float hashScale) {
        this.spec = spec;
        this.denseScale = denseScale;
        this.temperature = temperature;
        this.dense = dense;
        this.hashed = hashed;
        this.hashScale = hashScale;
        this.packed = pack(hashed);
    }

    /** Logits (before temperature) of the dense block, the bias and the cue block (cue buckets in {@code cues[0..nc)}). */
    void logits(double[] x, int[] cues, int nc, double[] out) {
        int stride = D + 1;
        for (int c = 0; c < K; c++) {
            double z = dense[c * stride + D];
            for (int d = 0; d < D; d++) {
                z += dense[c * stride + d] * x[d] * denseScale;
            }
            out[c] = z;
        }
        if (nc > 0) {
            long s0 = 0;
            long s1 = 0;
            long s2 = 0;
            long s3 = 0;
            byte[] h = hashed;
            for (int i = 0; i < nc; i++) {
                int o = cues[i] << 2;
                s0 += h[o];
                s1 += h[o + 1];
                s2 += h[o + 2];
                s3 += h[o + 3];
            }
            double f = hashScale * spec.cueScale() / Math.sqrt(nc);
            out[0] += s0 * f;
            out[1] += s1 * f;
            out[2] += s2 * f;
            out[3] += s3 * f;
        }
    }

    /** Bucket of a cue-identity feature: the cue, the axis it finally counted on (2 = both) and whether negated. */
    static int cueBucket(int cueHash, int axis, boolean negated, Language lang, int bits) {
        return fmix(cueHash + 0x632BE5AB * (axis + 1) + (negated ? 0x5851F42D : 0) + 0x27D4EB2F * (lang.ordinal() + 1))
                & ((1 << bits) - 1);
    }

    /** Softmax of logits / temperature, in place. */
    void probabilities(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < K; c++) {
            z[c] /= temperature;
            max = Math.max(max, z[c]);
        }
        double sum = 0;
        for (int c = 0; c < K; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < K; c++) {
            z[c] /= sum;
        }
    }

    // ---------------------------------------------------------------------------------------------- n-grams

    private static final char PLACEHOLDER = '\u0001';
    private static final int FNV = 0x01000193;
    private static final int GOLDEN = 0x9E3779B1;

    /**
     * The char sequence the n-grams are taken from: the normalised text with each masked span (state name) replaced
     * by one placeholder char and digits folded to 0, padded with a space at both ends. Returns its length.
     */
    private static int sequence(char[] norm, int len, int[] maskStart, int[] maskEnd, int nMask, NgramScratch ng) {
        char[] seq = ng.seq;
        int n = 0;
        seq[n++] = ' ';
        int m = 0;
        for (int i = 0; i < len; i++) {
            if (m < nMask && i == maskStart[m]) {
                seq[n++] = PLACEHOLDER;
                i = maskEnd[m] - 1;
                m++;
                continue;
            }
            char c = norm[i];
            if (c >= '0' && c <= '9') {
                c = '0';
            }
            seq[n++] = c;
        }
        seq[n++] = ' ';
        return n;
    }

    private static int seed(Spec spec, Language lang) {
        return spec.perLanguage() ? 0x2545F491 * (lang.ordinal() + 1) : 0x2545F491;
    }

    /**
     * Distinct hashed char n-grams of the masked sequence (see {@link #sequence}) as a bucket list: the trainer's
     * view. The n-gram ending at e of length k hashes FNV-style over seq[e], seq[e-1] ... seq[e-k+1]; its bucket is
     * the top {@code bits} bits of {@code (h + k) * golden} (Fibonacci hashing). {@link #addNgramLogits} computes the
     * same buckets.
     *
     * @return the number of distinct buckets written to {@code ng.buckets}
     */
    static int ngrams(char[] norm, int len, int[] maskStart, int[] maskEnd, int nMask, Language lang, Spec spec, NgramScratch ng) {
        ng.ensure(len + 2, spec.bits());
        if (!spec.ngrams()) {
            ng.nextStamp(); // the cue buckets are deduplicated against this statement's stamp
            return 0;
        }
        int n = sequence(norm, len, maskStart, maskEnd, nMask, ng);
        char[] seq = ng.seq;
        char stamp = ng.nextStamp();
        char[] stamps = ng.stamps;
        int[] out = ng.buckets;
        int shift = 32 - spec.bits();
        int seed = seed(spec, lang);
        int lo = spec.min();
        int hi = spec.max();
        int nb = 0;
        for (int e = 0; e < n; e++) {
            int h = seed;
            int kmax = Math.min(hi, e + 1);
            for (int k = 1; k <= kmax; k++) {
                h = (h ^ seq[e - k + 1]) * FNV;
                if (k >= lo) {
                    int b = ((h + k) * GOLDEN) >>> shift;
                    if (stamps[b] != stamp) {
                        stamps[b] = stamp;
                        out[nb++] = b;
                    }
                }
            }
        }
        return nb;
    }

    /**
     * Inference: adds the n-gram block's contribution to the logits directly (binary TF, L2-normalised: each distinct
     * bucket once, the sum scaled by 1/sqrt(distinct buckets)), with no bucket list and no allocation. Leaves the
     * statement's stamp in {@code ng} so cue buckets can be deduplicated against the n-grams.
     */
    void addNgramLogits(char[] norm, int len, int[] maskStart, int[] maskEnd, int nMask, Language lang, NgramScratch ng,
                        double[] out) {
        ng.ensure(len + 2, spec.bits());
        if (!spec.ngrams()) {
            ng.nextStamp(); // the cue buckets are deduplicated against this statement's stamp
            return;
        }
        int n = sequence(norm, len, maskStart, maskEnd, nMask, ng);
        char[] seq = ng.seq;
        char stamp = ng.nextStamp();
        char[] stamps = ng.stamps;
        int[] w = packed;
        int shift = 32 - spec.bits();
        int seed = seed(spec, lang);
        int lo = spec.min();
        int hi = spec.max();
        // the n-grams ending at e are built right to left from registers (p1, p2 = the chars before e); the 16-bit
        // lanes of acc02 / acc13 add up the biased int8 weights of classes 0 and 2 / 1 and 3 and are flushed before 255
        // adds. Branch-free: a bucket already seen in this statement adds zero (mask 0) and is not counted.
        long t0 = 0;
        long t1 = 0;
        long t2 = 0;
        long t3 = 0;
        int acc02 = 0;
        int acc13 = 0;
        int inAcc = 0;
        int nb = 0;
        int p1 = 0;
        int p2 = 0;
        int p3 = 0;
        for (int e = 0; e < n; e++) {
            if (inAcc > 250) { // at most 4 adds per position: flush before a 16-bit lane can overflow
                t0 += acc02 & 0xFFFF;
                t2 += acc02 >>> 16;
                t1 += acc13 & 0xFFFF;
                t3 += acc13 >>> 16;
                acc02 = 0;
                acc13 = 0;
                nb += inAcc;
                inAcc = 0;
            }
            int c = seq[e];
            int h = (seed ^ c) * FNV;
            int v;
            int m;
            if (lo == 1) {
                int b = ((h + 1) * GOLDEN) >>> shift;
                m = fresh(stamps, stamp, b);
                v = w[b] & m;
                acc02 += v & 0x00FF00FF;
                acc13 += (v >>> 8) & 0x00FF00FF;
                inAcc -= m;
            }
            if (hi >= 2 && e >= 1) {
                h = (h ^ p1) * FNV;
                if (lo <= 2) {
                    int b = ((h + 2) * GOLDEN) >>> shift;
                    m = fresh(stamps, stamp, b);
                    v = w[b] & m;
                    acc02 += v & 0x00FF00FF;
                    acc13 += (v >>> 8) & 0x00FF00FF;
                    inAcc -= m;
                }
                if (hi >= 3 && e >= 2) {
                    h = (h ^ p2) * FNV;
                    if (lo <= 3) {
                        int b = ((h + 3) * GOLDEN) >>> shift;
                        m = fresh(stamps, stamp, b);
                        v = w[b] & m;
                        acc02 += v & 0x00FF00FF;
                        acc13 += (v >>> 8) & 0x00FF00FF;
                        inAcc -= m;
                    }
                    if (hi >= 4 && e >= 3) {
                        h = (h ^ p3) * FNV;
                        int b = ((h + 4) * GOLDEN) >>> shift;
                        m = fresh(stamps, stamp, b);
                        v = w[b] & m;
                        acc02 += v & 0x00FF00FF;
                        acc13 += (v >>> 8) & 0x00FF00FF;
                        inAcc -= m;
                    }
                }
            }
            p3 = p2;
            p2 = p1;
            p1 = c;
        }
        t0 += acc02 & 0xFFFF;
        t2 += acc02 >>> 16;
        t1 += acc13 & 0xFFFF;
        t3 += acc13 >>> 16;
        nb += inAcc;
        if (nb > 0) {
            long bias = 128L * nb; // weights are stored as int8 + 128
            double f = hashScale / Math.sqrt(nb);
            out[0] += (t0 - bias) * f;
            out[1] += (t1 - bias) * f;
            out[2] += (t2 - bias) * f;
            out[3] += (t3 - bias) * f;
        }
    }

    /** -1 if bucket b is new in this statement (and marks it seen), else 0; no branch. */
    private static int fresh(char[] stamps, char stamp, int b) {
        int d = stamps[b] ^ stamp;
        stamps[b] = stamp;
        return -((d | -d) >>> 31);
    }

    /** The int8 weights of each bucket biased by +128 and packed into one int, class c in bits 8c..8c+7. */
    private static int[] pack(byte[] hashed) {
        int[] p = new int[hashed.length / K];
        for (int b = 0; b < p.length; b++) {
            int v = 0;
            for (int c = 0; c < K; c++) {
                v |= ((hashed[b * K + c] + 128) & 0xFF) << (8 * c);
            }
            p[b] = v;
        }
        return p;
    }

    private static int fmix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    /** Per-thread n-gram buffers; the char stamps (one per bucket) mark the buckets seen in the current statement. */
    static final class NgramScratch {
        char[] seq = new char[0];
        int[] buckets = new int[0];
        char[] stamps = new char[0];
        char stamp;

        void ensure(int n, int bits) {
            if (seq.length < n) {
                int cap = Math.max(n, seq.length * 2);
                seq = new char[cap];
            }
            int maxNgrams = 8 * n;
            if (buckets.length < maxNgrams) {
                buckets = new int[Math.max(maxNgrams, buckets.length * 2)];
            }
            if (stamps.length != 1 << bits) {
                stamps = new char[1 << bits];
                stamp = 0;
            }
        }

        char nextStamp() {
            if (++stamp == Character.MAX_VALUE) {
                Arrays.fill(stamps, (char) 0);
                stamp = 1;
            }
            return stamp;
        }
    }

    // ---------------------------------------------------------------------------------------------- file format

    static StanceModel read(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                throw new IllegalStateException(RESOURCE + ": not a stance model (format " + FORMAT + ")");
            }
            Spec spec = new Spec(in.readInt(), in.readInt(), in.readInt(), in.readInt() != 0, in.readFloat());
            int d = in.readInt();
            String[] names = new String[d];
            for (int i = 0; i < d; i++) {
                names[i] = in.readUTF();
            }
            if (!Arrays.equals(names, DENSE)) {
                throw new IllegalStateException(RESOURCE + ": dense features " + Arrays.toString(names)
                        + " do not match the code's " + Arrays.toString(DENSE) + "; retrain");
            }
            double denseScale = in.readFloat();
            double temperature = in.readFloat();
            float[] dense = new float[K * (D + 1)];
            for (int i = 0; i < dense.length; i++) {
                dense[i] = in.readFloat();
            }
            float hashScale = in.readFloat();
            byte[] hashed = new byte[K << spec.bits()];
            in.readFully(hashed);
            if (in.read() != -1) {
                throw new IllegalStateException(RESOURCE + ": trailing bytes");
            }
            return new StanceModel(spec, denseScale, temperature, dense, hashed, hashScale);
        } catch (IOException e) {
            throw new IllegalStateException(RESOURCE + ": truncated", e);
        }
    }

    /**
     * Writes a model (used by the trainer). {@code hashedWeights} is (1 << bits) x K floats, quantised here to int8
     * with one scale (max |w| / 127).
     */
    public static void write(OutputStream os, Spec spec, double denseScale, double temperature, float[] denseWeights,
                             float[] hashedWeights) throws IOException {
        DataOutputStream out = new DataOutputStream(os);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeInt(spec.min());
        out.writeInt(spec.max());
        out.writeInt(spec.bits());
        out.writeInt(spec.perLanguage() ? 1 : 0);
        out.writeFloat((float) spec.cueScale());
        out.writeInt(D);
        for (String n : DENSE) {
            out.writeUTF(n);
        }
        out.writeFloat((float) denseScale);
        out.writeFloat((float) temperature);
        if (denseWeights.length != K * (D + 1) || hashedWeights.length != K << spec.bits()) {
            throw new IllegalArgumentException("weight arrays do not match the spec");
        }
        for (float f : denseWeights) {
            out.writeFloat(f);
        }
        float scale = quantScale(hashedWeights);
        out.writeFloat(scale);
        out.write(quantise(hashedWeights, scale));
        out.flush();
    }

    /** One int8 scale for a weight table: max |w| / 127 (1 if all zero). */
    public static float quantScale(float[] w) {
        float max = 0;
        for (float f : w) {
            max = Math.max(max, Math.abs(f));
        }
        return max == 0 ? 1f : max / 127f;
    }

    public static byte[] quantise(float[] w, float scale) {
        byte[] q = new byte[w.length];
        for (int i = 0; i < w.length; i++) {
            q[i] = (byte) Math.max(-127, Math.min(127, Math.round(w[i] / scale)));
        }
        return q;
    }
}
