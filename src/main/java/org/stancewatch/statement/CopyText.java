package org.stancewatch.statement;

/** Writes rows in PostgreSQL's {@code COPY ... FROM STDIN} text format: tab-separated, {@code \N} for null. */
final class CopyText {
    private CopyText() {}

    /** One row, newline-terminated; booleans as t/f, everything else by its {@code toString}. */
    static void row(StringBuilder out, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) out.append('\t');
            Object v = values[i];
            if (v instanceof Boolean b) out.append(b ? 't' : 'f');
            else value(out, v == null ? null : v.toString());
        }
        out.append('\n');
    }

    /** Backslash, tab, newline and carriage return are escaped; the runs between them are appended whole. */
    static void value(StringBuilder out, String value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        int from = 0;
        for (int i = 0, n = value.length(); i < n; i++) {
            String escaped = switch (value.charAt(i)) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (escaped != null) {
                out.append(value, from, i).append(escaped);
                from = i + 1;
            }
        }
        out.append(value, from, value.length());
    }
}
