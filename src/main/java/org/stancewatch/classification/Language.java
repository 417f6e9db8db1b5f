package org.stancewatch.classification;

import java.util.Locale;
import java.util.Optional;

public enum Language {
    AR, ZH, EN, FR, RU, ES;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) return Optional.empty();
        for (Language l : values()) if (l.code().equalsIgnoreCase(code)) return Optional.of(l);
        return Optional.empty();
    }
}
