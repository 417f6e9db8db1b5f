package org.stancewatch.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cues for one language (its own file plus {@code common.tsv}) compiled into one Aho-Corasick automaton.
 *
 * <p>TSV format, UTF-8, one entry per line: {@code pattern \t axis \t weight [\t flags]}; axis is MS, ML or "-"
 * (modifier); flags comma-separated (see {@link Cue}). A trailing {@code *} on the pattern allows any word ending
 * (stem match), a leading {@code *} allows any word beginning. Chinese patterns have no word boundaries; Arabic
 * patterns may be preceded by proclitics and followed by any suffix. Lines starting with # are comments.
 */
final class Lexicon {
    final Language language;
    final Cue[] cues;
    final AhoCorasick automaton;

    private Lexicon(Language language, Cue[] cues) {
        this.language = language;
        this.cues = cues;
        List<String> pats = new ArrayList<>(cues.length);
        for (Cue c : cues) {
            pats.add(c.norm);
        }
        try {
            this.automaton = new AhoCorasick(pats);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("lexicon " + language + ": " + e.getMessage(), e);
        }
    }

    static Lexicon load(Language lang, String commonResource, String langResource, ClassLoader cl) {
        List<Cue> cues = new ArrayList<>();
        read(commonResource, lang, true, cl, cues);
        read(langResource, lang, false, cl, cues);
        // language entries override identical common ones
        java.util.LinkedHashMap<String, Cue> byNorm = new java.util.LinkedHashMap<>();
        for (Cue c : cues) {
            Cue prev = byNorm.get(c.norm);
            if (prev != null && !prev.has(Cue.COMMON)) {
                if (prev.axis == c.axis && prev.weight == c.weight && prev.flags == c.flags) {
                    continue; // same entry reached twice (e.g. by brace expansion or diacritic folding)
                }
                throw new IllegalStateException("duplicate pattern '" + c.pattern + "' at " + c.source + " and " + prev.source);
            }
            byNorm.put(c.norm, c);
        }
        // state names last: a name identical to a cue leaves the cue alone
        java.util.LinkedHashMap<String, Cue> names = new java.util.LinkedHashMap<>();
        for (String raw : Gazetteer.patterns(lang)) {
            boolean blocker = raw.startsWith("!");
            String p = blocker ? raw.substring(1) : raw;
            for (String variant : expand(p, "gazetteer:" + lang.code())) {
                Cue c = nameCue(variant, blocker);
                if (c != null && !byNorm.containsKey(c.norm)) {
                    names.putIfAbsent(c.norm, c);
                }
            }
        }
        List<Cue> all = new ArrayList<>(byNorm.values());
        all.addAll(names.values());
        return new Lexicon(lang, all.toArray(new Cue[0]));
    }

    /** A Gazetteer entry as a cue with the NAME flag (BLOCK too for a blocker); whole words unless it ends in '*'. */
    private static Cue nameCue(String pat, boolean blocker) {
        boolean stem = pat.endsWith("*") && pat.length() > 1;
        String core = stem ? pat.substring(0, pat.length() - 1) : pat;
        String norm = TextNormalizer.normalizePattern(core);
        if (norm.isEmpty()) {
            return null;
        }
        char first = norm.charAt(0);
        boolean cjk = first >= 0x2E80 && first <= 0x9FFF;
        boolean arabic = first >= 0x0600 && first <= 0x06FF;
        byte startMode = cjk ? Cue.B_NONE : arabic ? Cue.B_ARABIC : Cue.B_WORD;
        byte endMode = cjk || stem ? Cue.B_NONE : Cue.B_WORD;
        return new Cue(core, norm, null, 0, Cue.NAME | (blocker ? Cue.BLOCK : 0), startMode, endMode, "gazetteer");
    }

    static byte[] readBytes(String resource, ClassLoader cl) {
        try (InputStream in = cl.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    private static void read(String resource, Language lang, boolean common, ClassLoader cl, List<Cue> out) {
        byte[] data = readBytes(resource, cl);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new java.io.ByteArrayInputStream(data), StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (no == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String src = resource + ":" + no;
                String[] f = line.split("\t");
                if (f.length < 3) {
                    throw new IllegalStateException(src + ": expected pattern<TAB>axis<TAB>weight[<TAB>flags]");
                }
                String pat = f[0].trim();
                Axis axis;
                int flagsFromAxis = 0;
                switch (f[1].trim().toUpperCase(Locale.ROOT)) {
                    case "MS": axis = Axis.MULTISTAKEHOLDER; break;
                    case "ML": axis = Axis.MULTILATERAL; break;
                    case "-": axis = null; break;
                    case "BOTH": axis = null; flagsFromAxis = Cue.BOTH; break;
                    default: throw new IllegalStateException(src + ": axis must be MS, ML or -");
                }
                double w;
                try {
                    w = Double.parseDouble(f[2].trim());
                } catch (NumberFormatException e) {
                    throw new IllegalStateException(src + ": bad weight " + f[2]);
                }
                int flags = (common ? Cue.COMMON : 0) | flagsFromAxis;
                boolean prefix = false;
                boolean any = false;
                boolean word = false;
                if (f.length > 3) {
                    for (String fl : f[3].split(",")) {
                        String t = fl.trim().toUpperCase(Locale.ROOT);
                        if (t.isEmpty()) {
                            continue;
                        }
                        try {
                            flags |= Cue.parseFlag(t);
                        } catch (IllegalArgumentException e) {
                            throw new IllegalStateException(src + ": " + e.getMessage());
                        }
                        prefix |= t.equals("PREFIX");
                        any |= t.equals("ANY");
                        word |= t.equals("WORD");
                    }
                }
                for (String variant : expand(pat, src)) {
                    addCue(variant, axis, w, flags, prefix, any, word, src, out);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    /** Brace expansion: "прозрачн{ым|ого} и" -> two patterns; an empty alternative is allowed ("treat{y|ies}");
     *  groups may nest ("{body|organi{z|s}ation}"). */
    static List<String> expand(String pat, String src) {
        int open = pat.indexOf('{');
        if (open < 0) {
            if (pat.indexOf('}') >= 0) {
                throw new IllegalStateException(src + ": unbalanced } in " + pat);
            }
            return List.of(pat);
        }
        int depth = 0;
        int close = -1;
        List<String> alts = new ArrayList<>();
        int altStart = open + 1;
        for (int i = open; i < pat.length(); i++) {
            char ch = pat.charAt(i);
            if (ch == '{') {
                depth++;
            } else if (ch == '}') {
                depth--;
                if (depth == 0) {
                    alts.add(pat.substring(altStart, i));
                    close = i;
                    break;
                }
            } else if (ch == '|' && depth == 1) {
                alts.add(pat.substring(altStart, i));
                altStart = i + 1;
            }
        }
        if (close < 0) {
            throw new IllegalStateException(src + ": unbalanced { in " + pat);
        }
        List<String> out = new ArrayList<>();
        String head = pat.substring(0, open);
        List<String> tails = expand(pat.substring(close + 1), src);
        for (String alt : alts) {
            for (String a : expand(alt, src)) {
                for (String tail : tails) {
                    out.add(head + a + tail);
                }
            }
        }
        return out;
    }

    private static void addCue(String pat, Axis axis, double w, int flags, boolean prefix, boolean any, boolean word,
                               String src, List<Cue> out) {
        {
            {
                boolean leadStar = pat.startsWith("*");
                boolean trailStar = pat.endsWith("*") && pat.length() > 1;
                String core = pat.substring(leadStar ? 1 : 0, pat.length() - (trailStar ? 1 : 0));
                if (core.indexOf('*') >= 0) {
                    throw new IllegalStateException(src + ": '*' is only allowed at the start or end of a pattern: " + pat);
                }
                String norm = TextNormalizer.normalizePattern(core);
                if (norm.isEmpty()) {
                    throw new IllegalStateException(src + ": empty pattern");
                }
                if (axis == null && (flags & (Cue.NEG | Cue.POSTNEG | Cue.PREVNEG | Cue.CONTRAST | Cue.REPORT | Cue.BLOCK | Cue.MSCTX | Cue.BOTH | Cue.ACTOR | Cue.PART | Cue.PROC | Cue.CONCESS | Cue.PREVAGREE)) == 0) {
                    throw new IllegalStateException(src + ": modifier entry needs NEG/POSTNEG/CONTRAST/CONCESS/REPORT/BLOCK/MSCTX/ACTOR/PART/PROC/PREVAGREE");
                }
                char first = norm.charAt(0);
                boolean cjk = first >= 0x2E80 && first <= 0x9FFF;
                boolean arabic = first >= 0x0600 && first <= 0x06FF;
                byte startMode;
                byte endMode;
                if (any || cjk) {
                    startMode = Cue.B_NONE;
                    endMode = Cue.B_NONE;
                } else if (arabic) {
                    startMode = Cue.B_ARABIC;
                    endMode = word ? Cue.B_WORD : Cue.B_NONE;
                } else {
                    startMode = Cue.B_WORD;
                    endMode = (prefix || trailStar) ? Cue.B_NONE : Cue.B_WORD;
                }
                if (leadStar) {
                    startMode = Cue.B_NONE;
                }
                out.add(new Cue(core, norm, axis, w, flags, startMode, endMode, src));
            }
        }
    }
}
