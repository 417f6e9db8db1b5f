package org.stancewatch.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/** Parsing of query parameters into values, with a 400 problem naming the parameter on bad input. */
public final class Params {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private Params() {}

    /** A date as YYYY-MM-DD, YYYY-MM or YYYY; a partial date means its first day, or its last when {@code end}. */
    public static LocalDate date(String name, String value, boolean end) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        try {
            if (DAY.matcher(v).matches()) return LocalDate.parse(v);
            if (MONTH.matcher(v).matches()) {
                YearMonth m = YearMonth.parse(v);
                return end ? m.atEndOfMonth() : m.atDay(1);
            }
            if (YEAR.matcher(v).matches()) {
                int y = Integer.parseInt(v);
                return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
        } catch (DateTimeException e) {
            // fall through
        }
        throw ProblemException.badParameter(name, "must be a date as YYYY-MM-DD, YYYY-MM or YYYY");
    }

    public static void range(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.badParameter("from", "must not be after 'to'");
        }
    }

    /** An enum constant by case-insensitive name, or null when absent. */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) return null;
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badParameter(name, "must be one of " + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
        }
    }
}
