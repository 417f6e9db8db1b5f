package org.stancewatch.classification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Thresholds and modifier weights, read from {@code classification/classifier.properties}. Immutable. */
final class ClassifierConfig {
    final String version;
    final double noneThreshold;
    final double mixedMin;
    final double mixedRatio;
    final double balanceMin;
    final double mixedRatioBalanced;
    final int negWindow;
    final int concordWindow;
    final int negOrWindow;
    final int postNegWindow;
    final double negFlipFactor;
    final double negSoftFactor;
    final double contrastAfter;
    final double contrastBefore;
    final int contrastLeadIn;
    final int contrastLeadInNoCue;
    final double firmMin;
    final double firmRatio;
    final double reportFactor;
    final double advisoryFactor;
    final double crossoverFactor;
    final int ambWindow;
    final double softCap;
    final double actorBonus;
    final double actorCap;
    final int longMinSentences;
    final double longNoneThreshold;
    final double longMixedRatio;
    final double longMixedRatioBalanced;
    final int actorMin;
    final double learnedBelow;
    final double confBase;
    final double confMargin;
    final double confStrength;
    final double confNone;
    final double confMixed;
    final double confMax;

    ClassifierConfig(Properties p) {
        version = req(p, "classifier.version");
        if (!version.matches("\\d+\\.\\d+\\.\\d+")) {
            throw new IllegalStateException("classifier.version must be semantic (x.y.z): " + version);
        }
        noneThreshold = d(p, "signal.noneThreshold");
        mixedMin = d(p, "signal.mixedMin");
        mixedRatio = d(p, "signal.mixedRatio");
        balanceMin = d(p, "balance.min");
        mixedRatioBalanced = d(p, "balance.mixedRatio");
        negWindow = (int) d(p, "negation.window");
        concordWindow = (int) opt(p, "negation.concordWindow", 40);
        negOrWindow = (int) opt(p, "negation.orWindow", negWindow);
        postNegWindow = (int) d(p, "negation.postWindow");
        negFlipFactor = d(p, "negation.flipFactor");
        negSoftFactor = d(p, "negation.softFactor");
        contrastAfter = d(p, "contrast.after");
        contrastBefore = d(p, "contrast.before");
        contrastLeadIn = (int) d(p, "contrast.leadIn");
        contrastLeadInNoCue = (int) opt(p, "contrast.leadInNoCue", 0);
        firmMin = opt(p, "mixed.firmMin", Double.MAX_VALUE);
        firmRatio = opt(p, "mixed.firmRatio", 1.0);
        reportFactor = d(p, "report.factor");
        advisoryFactor = d(p, "advisory.factor");
        crossoverFactor = d(p, "crossover.factor");
        ambWindow = (int) d(p, "ambiguous.window");
        softCap = d(p, "soft.capPerSentence");
        actorBonus = opt(p, "actors.bonus", 0.0);
        actorCap = opt(p, "actors.capPerSentence", 9.0);
        longMinSentences = (int) opt(p, "long.minSentences", Integer.MAX_VALUE);
        longNoneThreshold = opt(p, "long.noneThreshold", 0.0);
        longMixedRatio = opt(p, "long.mixedRatio", mixedRatio);
        longMixedRatioBalanced = opt(p, "long.balanceMixedRatio", mixedRatioBalanced);
        actorMin = (int) opt(p, "actors.min", 2);
        learnedBelow = opt(p, "learned.ruleConfidenceBelow", 2.0);
        confBase = d(p, "confidence.base");
        confMargin = d(p, "confidence.margin");
        confStrength = d(p, "confidence.strength");
        confNone = d(p, "confidence.none");
        confMixed = d(p, "confidence.mixed");
        confMax = Math.min(1.0, opt(p, "confidence.max", 1.0));
    }

    static ClassifierConfig parse(byte[] data) {
        Properties p = new Properties();
        try {
            p.load(new InputStreamReader(new ByteArrayInputStream(data), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new ClassifierConfig(p);
    }

    private static String req(Properties p, String k) {
        String v = p.getProperty(k);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("classifier.properties: missing " + k);
        }
        return v.trim();
    }

    private static double opt(Properties p, String k, double dflt) {
        String v = p.getProperty(k);
        return v == null || v.isBlank() ? dflt : d(p, k);
    }

    private static double d(Properties p, String k) {
        try {
            return Double.parseDouble(req(p, k));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("classifier.properties: bad number for " + k);
        }
    }
}
