package org.stancewatch.stance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a state's current stance is derived from its statements. Documented in the README. */
@ConfigMapping(prefix = "stancewatch.stance")
public interface StanceSettings {
    /** Only statements at most this many months older than the newest one count. */
    @WithDefault("24")
    int windowMonths();

    /** A statement's weight halves every this many months of age (relative to the newest statement). */
    @WithDefault("6")
    double halfLifeMonths();

    /** Each newer statement multiplies the weight of older ones by this factor, so order counts even on one day. */
    @WithDefault("0.8")
    double rankDecay();

    /** At most this many most recent statements are considered (older ones weigh under 1.2% at rank 20). */
    @WithDefault("20")
    int maxStatements();

    /** A change needs at least this many statements with the new stance in the window. */
    @WithDefault("2")
    int minStatements();

    /** A change needs the new stance's weighted share to beat the current one's by this margin. */
    @WithDefault("0.15")
    double margin();

    default StanceModel.Params params() {
        return new StanceModel.Params(windowMonths(), halfLifeMonths(), rankDecay(), maxStatements(), minStatements(), margin());
    }
}
