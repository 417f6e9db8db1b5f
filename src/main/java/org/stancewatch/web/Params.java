package org.stancewatch.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/** Parsing of query parameters into values, with a 400 problem naming the parameter on bad input. */
public final class Params {
    private Params() {}

    /** A date as YYYY-MM-DD, YYYY-MM or YYYY; a partial date means its first day, or its last when {@code end}. */
    public static LocalDate date(String name, String value, boolean end) {
        if (value == null || value.isBlank()) return null;
        PartialDate d = PartialDate.parse(value)
                .orElseThrow(() -> ProblemException.badParameter(name, "must be a date as YYYY-MM-DD, YYYY-MM or YYYY"));
        return end ? d.end() : d.start();
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
