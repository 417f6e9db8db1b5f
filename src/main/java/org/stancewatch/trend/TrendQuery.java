package org.stancewatch.trend;

import java.time.LocalDate;

/**
 * A normalised trend query: codes upper-cased, dates aligned to the interval's period boundaries. Being a
 * record, it is also the cache key (with the data version).
 */
public record TrendQuery(Interval interval, GroupBy groupBy, LocalDate from, LocalDate to, String state, String region,
                         String bloc, String forum, String language) {

    public enum Interval { WEEK, MONTH, QUARTER, YEAR }

    public enum GroupBy { NONE, STATE, REGION, BLOC, FORUM, LANGUAGE }
}
