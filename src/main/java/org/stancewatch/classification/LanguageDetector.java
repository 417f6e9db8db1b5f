package org.stancewatch.classification;

import java.util.Arrays;

/**
 * Fast language guess: script counts for Arabic, Chinese and Russian (Cyrillic); for Latin-script text, stopword
 * hits and a few orthographic hints decide between English, French and Spanish. No per-token allocation: short
 * tokens are packed into a {@code long} and looked up in sorted tables.
 */
public final class LanguageDetector {

    private static final String[] EN = {"the", "and", "of", "to", "is", "in", "that", "for", "with", "we", "are",
        "be", "this", "should", "on", "its", "it", "have", "has", "our", "which", "not", "by", "as", "an", "all",
        "will", "would", "their", "from", "must", "also", "been", "was", "were", "they", "such", "these"};
    private static final String[] FR = {"le", "la", "les", "des", "et", "du", "est", "une", "pour", "dans", "sur",
        "nous", "au", "aux", "qui", "pas", "ne", "ce", "cette", "sont", "doit", "il", "elle", "avec", "son", "ses",
        "leur", "leurs", "aussi", "être", "etre", "été", "ete", "par", "plus", "ou", "mais", "qu", "l", "d", "c", "n",
        "j", "à"};
    private static final String[] ES = {"el", "los", "las", "y", "del", "en", "una", "para", "por", "con", "es",
        "se", "su", "sus", "al", "como", "más", "mas", "lo", "este", "esta", "debe", "deben", "son", "ha", "han",
        "también", "tambien", "pero", "muy", "sobre", "entre", "sin", "nuestro", "nuestra", "nosotros", "e", "o"};

    private static final long[] KEYS;
    private static final byte[] MASKS; // bit0 en, bit1 fr, bit2 es

    static {
        java.util.TreeMap<Long, Integer> m = new java.util.TreeMap<>();
        add(m, EN, 1);
        add(m, FR, 2);
        add(m, ES, 4);
        KEYS = new long[m.size()];
        MASKS = new byte[m.size()];
        int i = 0;
        for (var e : m.entrySet()) {
            KEYS[i] = e.getKey();
            MASKS[i] = (byte) (int) e.getValue();
            i++;
        }
    }

    private static void add(java.util.Map<Long, Integer> m, String[] words, int bit) {
        for (String w : words) {
            long k = 0;
            for (int i = 0; i < w.length(); i++) {
                k = (k << 16) | w.charAt(i);
            }
            m.merge(k, bit, (a, b) -> a | b);
        }
    }

    private LanguageDetector() {
    }

    /** Detects the language of {@code text}; English when there is nothing to go on. */
    public static Language detect(String text) {
        if (text == null || text.isEmpty()) {
            return Language.EN;
        }
        int n = Math.min(text.length(), 4000);
        int arabic = 0;
        int cjk = 0;
        int cyr = 0;
        int latin = 0;
        int en = 0;
        int fr = 0;
        int es = 0;
        long key = 0;
        int tokLen = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            boolean letter;
            if (c < 0x80) {
                letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                if (letter) {
                    latin++;
                    if (c < 'a') {
                        c = (char) (c + 32);
                    }
                }
            } else if (c >= 0x0600 && c <= 0x06FF) {
                arabic++;
                letter = false;
            } else if (c >= 0x0400 && c <= 0x04FF) {
                cyr++;
                letter = false;
            } else if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)) {
                cjk++;
                letter = false;
            } else if (c >= 0xC0 && c < 0x250) {
                letter = Character.isLetter(c);
                if (letter) {
                    latin++;
                    c = Character.toLowerCase(c);
                    switch (c) {
                        case 'ñ': es += 3; break;
                        case 'ç': case 'è': case 'ê': case 'à': case 'ù': case 'œ': case 'â': case 'î': case 'ô':
                        case 'û': case 'ë': case 'ï': fr += 2; break;
                        case 'á': case 'í': case 'ó': case 'ú': es += 2; break;
                        default: break;
                    }
                }
            } else {
                if (c == '¿' || c == '¡') {
                    es += 3;
                }
                letter = false;
            }
            if (letter) {
                if (tokLen < 4) {
                    key = (key << 16) | c;
                }
                tokLen++;
            } else if (tokLen > 0) {
                if (tokLen <= 4) {
                    int idx = Arrays.binarySearch(KEYS, key);
                    if (idx >= 0) {
                        int mask = MASKS[idx];
                        if ((mask & 1) != 0) {
                            en += 2;
                        }
                        if ((mask & 2) != 0) {
                            fr += 2;
                        }
                        if ((mask & 4) != 0) {
                            es += 2;
                        }
                    }
                }
                key = 0;
                tokLen = 0;
            }
        }
        int max = Math.max(Math.max(arabic, cjk), Math.max(cyr, latin));
        if (max == 0) {
            return Language.EN;
        }
        // CJK chars carry roughly a word each, so weigh them up against alphabetic scripts
        if (cjk * 3 >= max && cjk * 3 >= arabic && cjk * 3 >= cyr && cjk * 3 >= latin) {
            return Language.ZH;
        }
        if (arabic == max) {
            return Language.AR;
        }
        if (cyr == max) {
            return Language.RU;
        }
        if (fr > en && fr >= es) {
            return Language.FR;
        }
        if (es > en && es > fr) {
            return Language.ES;
        }
        return Language.EN;
    }
}
