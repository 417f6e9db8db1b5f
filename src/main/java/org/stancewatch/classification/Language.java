package org.stancewatch.classification;

import java.util.Locale;
import java.util.Optional;

/** The six UN languages. */
public enum Language {
    AR, ZH, EN, FR, RU, ES;

    /** ISO 639-1 code in lower case, e.g. "ar". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Case-insensitive lookup by ISO 639-1 code (also accepts a region suffix such as "zh-Hant" or "en_GB"). */
    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim();
        int cut = c.indexOf('-');
        if (cut < 0) {
            cut = c.indexOf('_');
        }
        if (cut > 0) {
            c = c.substring(0, cut);
        }
        for (Language l : values()) {
            if (l.name().equalsIgnoreCase(c)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
