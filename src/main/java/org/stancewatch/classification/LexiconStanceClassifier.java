package org.stancewatch.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** PLACEHOLDER until the real classifier lands. */
public final class LexiconStanceClassifier implements StanceClassifier {
    public static LexiconStanceClassifier loadDefault() { return new LexiconStanceClassifier(); }

    @Override
    public Classification classify(String text, Language language) {
        String t = text.toLowerCase(Locale.ROOT);
        List<Evidence> ev = new ArrayList<>();
        double ms = 0, ml = 0;
        int i = t.indexOf("multistakeholder");
        if (i >= 0) { ms = 0.8; ev.add(new Evidence(i, i + 16, text.substring(i, i + 16), "multistakeholder", Axis.MULTISTAKEHOLDER, 1, false)); }
        int j = t.indexOf("intergovernmental");
        if (j >= 0) { ml = 0.8; ev.add(new Evidence(j, j + 17, text.substring(j, j + 17), "intergovernmental", Axis.MULTILATERAL, 1, false)); }
        Stance s = ms > 0 && ml > 0 ? Stance.MIXED : ms > 0 ? Stance.MULTISTAKEHOLDER : ml > 0 ? Stance.MULTILATERAL : Stance.NO_POSITION;
        return new Classification(s, ms - ml, 0.5, ms, ml, ev, version());
    }

    @Override
    public String version() { return "0.0.0-placeholder"; }
}
