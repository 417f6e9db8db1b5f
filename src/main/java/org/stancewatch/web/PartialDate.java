package org.stancewatch.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/** A date given as YYYY-MM-DD, YYYY-MM or YYYY: its first day and its precision. */
public record PartialDate(LocalDate start, Precision precision) {

    public enum Precision { DAY, MONTH, YEAR }

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** The date, or empty when the value is not a valid date in one of the three forms. */
    public static Optional<PartialDate> parse(String value) {
        if (value == null) return Optional.empty();
        String v = value.strip();
        try {
            if (DAY.matcher(v).matches()) return Optional.of(new PartialDate(LocalDate.parse(v), Precision.DAY));
            if (MONTH.matcher(v).matches()) return Optional.of(new PartialDate(YearMonth.parse(v).atDay(1), Precision.MONTH));
            if (YEAR.matcher(v).matches()) return Optional.of(new PartialDate(LocalDate.of(Integer.parseInt(v), 1, 1), Precision.YEAR));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The last day the date covers. */
    public LocalDate end() {
        return switch (precision) {
            case DAY -> start;
            case MONTH -> YearMonth.from(start).atEndOfMonth();
            case YEAR -> start.withDayOfYear(start.lengthOfYear());
        };
    }
}
