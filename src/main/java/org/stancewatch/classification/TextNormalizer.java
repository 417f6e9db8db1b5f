package org.stancewatch.classification;

import java.text.Normalizer;
import java.util.BitSet;
import java.util.List;

/**
 * Char-level normalisation used for matching only. Each normalised char remembers the index of the original char
 * it came from, so evidence offsets always point into the original text.
 *
 * <p>Folding: lower case; Latin diacritics stripped (é→e); ё→е; Arabic alef/yeh/teh-marbuta/hamza-carrier variants
 * unified, harakat and tatweel removed; hyphens/dashes → space; whitespace runs collapsed to one space; curly quotes,
 * guillemets → ASCII quotes; full-width ASCII → ASCII; a small traditional→simplified Chinese table for the cue
 * characters. A zero in the table means "drop the char".
 */
final class TextNormalizer {

    private static final char[] FOLD = new char[65536];
    /** bit 1 = clause boundary, bit 2 = sentence boundary (checked on the ORIGINAL char). */
    private static final byte[] BOUNDARY = new byte[65536];

    static final char DROP = 0;

    /** Traditional→simplified pairs for characters used in (or near) Chinese cues. */
    private static final String TRAD = "關邊間參與權國聯議為電網條組織協會論壇體導發揮應該僅們認對過單辦樣類數據鴻溝動務個門開區場強調達處於點則實現產業團結決贊將這說進來讓礎統經濟術學監際視總負責爭執維護歸屬擁優勢顧問諮詢範規謀設構劃穩傳從訂標準頻譜衛續採納並無沒項賦內獨佔壟斷蓋讚衆眾歡迎機構資訊通訊聲稱認爲積極轉變輪邀請徵營註冊約絡職運員觀書識義補輔戶紀級館謂頒佈";
    private static final String SIMP = "关边间参与权国联议为电网条组织协会论坛体导发挥应该仅们认对过单办样类数据鸿沟动务个门开区场强调达处于点则实现产业团结决赞将这说进来让础统经济术学监际视总负责争执维护归属拥优势顾问咨询范规谋设构划稳传从订标准频谱卫续采纳并无没项赋内独占垄断盖赞众众欢迎机构资讯通讯声称认为积极转变轮邀请征营注册约络职运员观书识义补辅户纪级馆谓颁布";

    static {
        for (int c = 0; c < 65536; c++) {
            FOLD[c] = (char) c;
        }
        for (int c = 0; c < 65536; c++) {
            char ch = (char) c;
            char lower = Character.toLowerCase(ch);
            if (Character.isSurrogate(ch)) {
                continue;
            }
            // strip Latin diacritics
            if ((c >= 0xC0 && c < 0x250) || (c >= 0x1E00 && c < 0x1F00)) {
                String d = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
                if (d.length() > 1 && d.charAt(0) < 0x250 && Character.isLetter(d.charAt(0))) {
                    boolean marks = true;
                    for (int i = 1; i < d.length(); i++) {
                        if (Character.getType(d.charAt(i)) != Character.NON_SPACING_MARK) {
                            marks = false;
                        }
                    }
                    if (marks) {
                        lower = d.charAt(0);
                    }
                }
            }
            FOLD[c] = lower;
            if (Character.getType(ch) == Character.NON_SPACING_MARK && c < 0x0370) {
                FOLD[c] = DROP; // combining diacritics of decomposed input
            }
            if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
                FOLD[c] = ' ';
            }
        }
        FOLD['ё'] = 'е';
        FOLD['Ё'] = 'е';
        // hyphens and dashes
        for (char h : new char[] {'-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63', '\uFF0D', '_'}) {
            FOLD[h] = ' ';
        }
        // invisible chars
        for (char z : new char[] {'\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u200E', '\u200F'}) {
            FOLD[z] = DROP;
        }
        // quotes
        for (char q : new char[] {'\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4'}) {
            FOLD[q] = '\'';
        }
        for (char q : new char[] {'\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033', '\u300C', '\u300D', '\u300E', '\u300F'}) {
            FOLD[q] = '"';
        }
        // full-width ASCII
        for (int c = 0xFF01; c <= 0xFF5E; c++) {
            FOLD[c] = Character.toLowerCase((char) (c - 0xFEE0));
        }
        // Arabic
        for (int c = 0x064B; c <= 0x065F; c++) {
            FOLD[c] = DROP; // harakat
        }
        FOLD[0x0670] = DROP; // superscript alef
        FOLD[0x0640] = DROP; // tatweel
        FOLD['\u0623'] = '\u0627';
        FOLD['\u0625'] = '\u0627';
        FOLD['\u0622'] = '\u0627';
        FOLD['\u0671'] = '\u0627';
        FOLD['\u0649'] = '\u064A'; // alef maqsura -> yeh
        FOLD['\u06CC'] = '\u064A'; // farsi yeh
        FOLD['\u0629'] = '\u0647'; // teh marbuta -> heh
        FOLD['\u0624'] = '\u0648'; // waw hamza -> waw
        FOLD['\u0626'] = '\u064A'; // yeh hamza -> yeh
        FOLD['\u06A9'] = '\u0643'; // keheh -> kaf
        FOLD['\u060C'] = ',';      // Arabic comma
        FOLD['\u061B'] = ';';      // Arabic semicolon
        FOLD['\u061F'] = '?';      // Arabic question mark
        // Chinese punctuation commonly used inside clauses
        FOLD['\u3001'] = ',';      // 、 enumeration comma
        FOLD['\u3002'] = '.';      // 。
        for (int i = 0; i < TRAD.length(); i++) {
            FOLD[TRAD.charAt(i)] = SIMP.charAt(i);
        }
        // boundaries (on original chars)
        // (the Chinese enumeration comma 、 is not a clause boundary: "不赞成A、B和C" negates the whole list)
        for (char b : new char[] {',', '\u060C', '\uFF0C', ':', '\uFF1A', '(', ')', '\uFF08', '\uFF09'}) {
            BOUNDARY[b] = 1;
        }
        for (char b : new char[] {'.', '!', '?', ';', '\u061F', '\u061B', '\u3002', '\uFF01', '\uFF1F', '\uFF1B', '\n', '\u2029'}) {
            BOUNDARY[b] = 3;
        }
    }

    private TextNormalizer() {
    }

    /** Folds one char (for building patterns); returns {@link #DROP} for dropped chars. */
    static char fold(char c) {
        return FOLD[c];
    }

    /** Normalises a lexicon pattern the same way as the text (without offsets). */
    static String normalizePattern(String p) {
        StringBuilder sb = new StringBuilder(p.length());
        char prev = ' ';
        for (int i = 0; i < p.length(); i++) {
            char f = FOLD[p.charAt(i)];
            if (f == DROP || (f == ' ' && prev == ' ')) {
                continue;
            }
            sb.append(f);
            prev = f;
        }
        int len = sb.length();
        while (len > 0 && sb.charAt(len - 1) == ' ') {
            len--;
        }
        sb.setLength(len);
        return sb.toString();
    }

    /**
     * Single pass: fills {@code s.norm}, {@code s.orig}, and the clause / sentence boundary lists (positions in the
     * normalised text at which a clause or sentence ends, i.e. the index of the boundary char).
     */
    static void normalize(String text, Scratch s) {
        int n = text.length();
        s.ensure(n + 1);
        char[] norm = s.norm;
        int[] orig = s.orig;
        int len = 0;
        char prev = ' ';
        s.nClause = 0;
        s.nOr = 0;
        s.nSentence = 0;
        int incidentalEnd = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char f = FOLD[c];
            if (f == DROP || (f == ' ' && prev == ' ')) {
                continue;
            }
            byte b = BOUNDARY[c];
            if (b != 0) {
                if (c == '.' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))
                        && text.charAt(i + 1) != '"' && text.charAt(i + 1) != '\u201D') {
                    b = 0; // "A/70/L.33", "1.2%", "www.itu.int"
                }
                if (b == 1 && (c == ',' || c == '\u060C' || c == '\uFF0C')) {
                    int inc;
                    int next = skipSpaces(text, i + 1);
                    if (i <= incidentalEnd) {
                        b = 0; // closing comma of ", once again," (see INCIDENTALS)
                    } else if (next == n || !CLAUSE_WORD_START.get(text.charAt(next))) {
                        // most commas: no incidental, subordinator or coordinator can start here
                    } else if ((inc = incidentalClosedAt(text, i + 1)) > 0) {
                        b = 0; // ", once again, ..." does not end the clause (negation scope)
                        incidentalEnd = inc;
                    } else if (startsWithAny(text, i + 1, SUBORDINATORS)) {
                        b = 0; // ", that ..." / ", где ..." continues the clause (negation scope)
                    } else if (startsWithAny(text, i + 1, COORDINATORS)) {
                        b = 0;
                        s.addOr(len);
                    }
                }
                if (b != 0) {
                    s.addClause(len);
                    if (b == 3) {
                        s.addSentence(len);
                    }
                }
            }
            norm[len] = f;
            orig[len] = i;
            len++;
            prev = f;
        }
        s.len = len;
        s.addSentence(len); // text end closes the last sentence
        s.addClause(len);
    }

    static final String[] SUBORDINATORS = {"that", "which", "where", "whereby", "in which", "что", "чтобы",
        "где", "котор", "в котор", "при котор", "que", "qui", "où", "dont", "donde", "en el que", "en la que", "cuyo",
        "الذي", "التي", "حيث"};

    /** ", or ..." continues the clause of a negation ("cannot accept wording that X, or that Y"); the negation also
     *  reaches across such a point (see {@link Scratch#orBridge}). Since 1.6 also the elaboration of the means
     *  (", whether through a new treaty or ...", ", qu'elle passe par ...", ", ya sea mediante ...", "، سواء عبر",
     *  "，无论是通过", ", будь то ..."): it spells out what the negated proposal would use, so the negation reaches it. */
    static final String[] COORDINATORS = {"or", "nor", "أو", "ولا", "или", "либо", "ни", "ou", "ni", "o", "或",
        "或者", "也不", "whether", "qu'elle passe", "qu'il passe", "qu’elle passe", "qu’il passe",
        "ya sea", "sea mediante", "sea por", "سواء", "无论", "不论", "不管", "無論", "不論", "будь то", "будь это"};

    /** Repetition adverbs set off by commas ("rouvrir, une fois encore, le débat", "not, once again, reopen"): the
     *  pair of commas around them does not end the clause (since 1.6). Opinion phrases ("in our view", "of course")
     *  are left out: they often open a new main clause after the comma, which a negation must not reach. */
    static final String[] INCIDENTALS = {"once again", "once more", "yet again", "une fois encore",
        "une fois de plus", "encore une fois", "à nouveau", "a nouveau", "una vez más", "una vez mas", "de nuevo",
        "ещё раз", "еще раз", "вновь", "снова", "مرة أخرى", "مرة اخرى"};

    /** The first characters (any case) of every incidental, subordinator and coordinator: one look-up rules out all
     *  three lists at most commas. */
    static final BitSet CLAUSE_WORD_START = new BitSet(0x10000);

    static {
        // String.regionMatches(ignoreCase) takes c for f when their upper cases, or the lower cases of their upper
        // cases, are equal (so İ, ı, ſ ... count too): index the firsts by both keys, then one pass over the chars
        BitSet upper = new BitSet(0x10000);
        BitSet lowerOfUpper = new BitSet(0x10000);
        for (String[] words : List.of(INCIDENTALS, SUBORDINATORS, COORDINATORS)) {
            for (String w : words) {
                char u = Character.toUpperCase(w.charAt(0));
                upper.set(u);
                lowerOfUpper.set(Character.toLowerCase(u));
            }
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char u = Character.toUpperCase((char) c);
            if (upper.get(u) || lowerOfUpper.get(Character.toLowerCase(u))) CLAUSE_WORD_START.set(c);
        }
    }

    /** If an incidental phrase starts at from (spaces skipped) and a comma follows it (spaces skipped), the index of
     *  that comma; else -1. */
    private static int incidentalClosedAt(String text, int from) {
        int i = skipSpaces(text, from);
        int n = text.length();
        for (String w : INCIDENTALS) {
            if (i + w.length() <= n && text.regionMatches(true, i, w, 0, w.length())) {
                int e = skipSpaces(text, i + w.length());
                if (e < n && (text.charAt(e) == ',' || text.charAt(e) == '\u060C')) {
                    return e;
                }
            }
        }
        return -1;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** True if a relative / complement clause starts right after position from (spaces skipped). */
    static boolean subordinateFollows(String text, int from) {
        return startsWithAny(text, from, SUBORDINATORS);
    }

    private static boolean startsWithAny(String text, int from, String[] words) {
        int i = skipSpaces(text, from);
        int n = text.length();
        for (String w : words) {
            int e = i + w.length();
            if (e <= n && text.regionMatches(true, i, w, 0, w.length())
                    && (w.startsWith("котор") || w.endsWith("котор") || e == n || !Character.isLetter(text.charAt(e))
                        || (w.charAt(0) >= 0x2E80 && w.charAt(0) <= 0x9FFF))) {
                return true;
            }
        }
        return false;
    }

    /** Word char for boundary checks: letters/digits, but not CJK ideographs (which have no word boundaries). */
    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        }
        if (c >= 0x2E80 && c <= 0x9FFF) {
            return false;
        }
        return Character.isLetterOrDigit(c);
    }

    /** Per-thread scratch buffers; never shared between threads. */
    static final class Scratch {
        char[] norm = new char[0];
        int[] orig = new int[0];
        int len;
        int[] clauses = new int[64];
        int nClause;
        int[] sentences = new int[32];
        int nSentence;
        // ", or ..." continuation points (normalised positions of the comma)
        int[] ors = new int[8];
        int nOr;
        // raw matches: pattern id, start, end (normalised coordinates)
        int[] mPid = new int[64];
        int[] mStart = new int[64];
        int[] mEnd = new int[64];
        int nMatch;

        void ensure(int n) {
            if (norm.length < n) {
                int cap = Math.max(n, norm.length * 2);
                norm = new char[cap];
                orig = new int[cap];
            }
        }

        void addClause(int pos) {
            if (nClause > 0 && clauses[nClause - 1] == pos) {
                return;
            }
            if (nClause == clauses.length) {
                clauses = java.util.Arrays.copyOf(clauses, nClause * 2);
            }
            clauses[nClause++] = pos;
        }

        void addSentence(int pos) {
            if (nSentence > 0 && sentences[nSentence - 1] == pos) {
                return;
            }
            if (nSentence == sentences.length) {
                sentences = java.util.Arrays.copyOf(sentences, nSentence * 2);
            }
            sentences[nSentence++] = pos;
        }

        void addOr(int pos) {
            if (nOr == ors.length) {
                ors = java.util.Arrays.copyOf(ors, nOr * 2);
            }
            ors[nOr++] = pos;
        }

        /** True if an ", or ..." point lies between from and to, within window of both: a negation before it
         *  distributes over the coordinated part ("cannot accept X, or Y"). */
        boolean orBridge(int from, int to, int window) {
            for (int k = 0; k < nOr; k++) {
                int p = ors[k];
                if (p >= from && p < to && p - from <= window && to - p <= window) {
                    return true;
                }
            }
            return false;
        }

        void addMatch(int pid, int start, int end) {
            if (nMatch == mPid.length) {
                int cap = nMatch * 2;
                mPid = java.util.Arrays.copyOf(mPid, cap);
                mStart = java.util.Arrays.copyOf(mStart, cap);
                mEnd = java.util.Arrays.copyOf(mEnd, cap);
            }
            mPid[nMatch] = pid;
            mStart[nMatch] = start;
            mEnd[nMatch] = end;
            nMatch++;
        }

        /** Index of the sentence containing normalised position pos. */
        int sentenceOf(int pos) {
            return upper(sentences, nSentence, pos);
        }

        /** Index of the clause containing normalised position pos. */
        int clauseOf(int pos) {
            return upper(clauses, nClause, pos);
        }

        int sentenceStart(int idx) {
            return idx == 0 ? 0 : sentences[idx - 1] + 1;
        }

        int sentenceEnd(int idx) {
            return idx < nSentence ? sentences[idx] : len;
        }

        /** first index k with arr[k] >= pos */
        private static int upper(int[] arr, int n, int pos) {
            int lo = 0;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (arr[mid] < pos) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
