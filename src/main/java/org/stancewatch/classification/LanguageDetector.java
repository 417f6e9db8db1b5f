package org.stancewatch.classification;

/** PLACEHOLDER until the real detector lands. */
public final class LanguageDetector {
    public static Language detect(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0600 && c <= 0x06FF) return Language.AR;
            if (c >= 0x4E00 && c <= 0x9FFF) return Language.ZH;
            if (c >= 0x0400 && c <= 0x04FF) return Language.RU;
        }
        return Language.EN;
    }
}
