package org.stancewatch.classification;

/** One lexicon entry after loading. Immutable. */
final class Cue {
    // flags
    static final int NEG = 1;          // negator: flips/discounts following axis cues in its clause
    static final int POSTNEG = 1 << 1; // negator that follows its cue ("... is not needed")
    static final int CONTRAST = 1 << 2; // however / but / однако / 然而 ...
    static final int REPORT = 1 << 3;  // reported speech: "some delegations called for"
    static final int ADVISORY = 1 << 4; // stakeholders only advisory: discounts MS cues around it
    static final int TREATY = 1 << 5;  // binding instrument: MS cues in its sentence become ML (crossover)
    static final int INST = 1 << 6;    // multistakeholder institution (IGF, NETmundial): soft ML cues in its sentence become MS
    static final int SOFT = 1 << 7;    // generic / ambiguous cue: negation discounts instead of flipping; crossover applies
    static final int NOFLIP = 1 << 8;  // pejorative cue whose axis survives negation ("top-down control")
    static final int AMB = 1 << 9;     // ambiguous between camps: resolved by a following MSCTX cue
    static final int MSCTX = 1 << 10;  // context that turns a preceding AMB cue multistakeholder
    static final int BLOCK = 1 << 11;  // neutral phrase that swallows shorter cues ("not only", "but also")
    static final int COMMON = 1 << 12; // loaded from common.tsv (shared by all languages)
    static final int BOTH = 1 << 13;   // balancing cue (axis BOTH in the TSV): adds its weight to both axes
    static final int XOVER = 1 << 14;  // "multilateral"-type word that turns multistakeholder next to IGF/NETmundial
    static final int PREVNEG = 1 << 15; // rejects the previous sentence ("We do not share that assessment.")
    static final int ACTOR = 1 << 16;  // a non-governmental actor group (private sector, civil society, engineers ...)
    static final int PART = 1 << 17;   // inclusive-participation phrase ("at the same table", "take part in decisions")
    static final int CONCORD = 1 << 18; // negative-concord negator (ru никаких, es ningún): no second flip after a negator
    static final int PROC = 1 << 19;   // procedural / logistics sentence ("will be held in June", "register early"): all
                                       // axis cues of its sentence are discounted like reported speech
    static final int CONCESS = 1 << 21; // concessive ("although", "aunque", 虽然): its own clause weighs less, the rest of
                                        // the sentence more
    static final int PREVAGREE = 1 << 22; // adopts the previous sentence ("My delegation shares that view."): its reported
                                          // speech counts at full weight
    static final int COND = 1 << 20;   // conditional balancing cue ("provided that"): counts only if an axis cue follows
                                       // in its sentence
    static final int NAME = 1 << 23;   // a state / bloc name or demonym from the Gazetteer: masked, never a cue

    static final byte B_NONE = 0;
    static final byte B_WORD = 1;
    static final byte B_ARABIC = 2; // word start, or after Arabic proclitics (و ف ب ك ل ال ...)

    final String pattern;
    final String norm;
    final Axis axis;      // null for pure modifiers
    final double weight;
    final int flags;
    final byte startMode;
    final byte endMode;
    final String source;
    /** Hash of the normalised pattern, for the learned layer's cue-identity features. */
    final int hash;

    Cue(String pattern, String norm, Axis axis, double weight, int flags, byte startMode, byte endMode, String source) {
        this.pattern = pattern;
        this.norm = norm;
        this.axis = axis;
        this.weight = weight;
        this.flags = flags;
        this.startMode = startMode;
        this.endMode = endMode;
        this.source = source;
        this.hash = norm.hashCode() * 0x9E3779B1;
    }

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    static int parseFlag(String f) {
        switch (f) {
            case "NEG": return NEG;
            case "POSTNEG": return POSTNEG;
            case "CONTRAST": return CONTRAST;
            case "REPORT": return REPORT;
            case "ADVISORY": return ADVISORY;
            case "TREATY": return TREATY;
            case "INST": return INST;
            case "SOFT": return SOFT;
            case "NOFLIP": return NOFLIP;
            case "AMB": return AMB;
            case "MSCTX": return MSCTX;
            case "BLOCK": return BLOCK;
            case "XOVER": return XOVER;
            case "PREVNEG": return PREVNEG;
            case "ACTOR": return ACTOR;
            case "PART": return PART;
            case "CONCORD": return CONCORD;
            case "PROC": return PROC;
            case "COND": return COND;
            case "CONCESS": return CONCESS;
            case "PREVAGREE": return PREVAGREE;
            case "PREFIX": case "WORD": case "ANY": return 0; // boundary flags are handled by the loader
            default: throw new IllegalArgumentException("unknown flag " + f);
        }
    }

    @Override
    public String toString() {
        return pattern + "/" + axis + "/" + weight;
    }
}
