package org.oa.security.internal.audit;

/** RFC 4180 CSV cells that a spreadsheet will not run as formulas. */
public final class CsvCells {

    private CsvCells() {
    }

    /**
     * @param cells the values of one row
     * @return the row with CRLF
     */
    public static String row(String... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells[i]));
        }
        return line.append("\r\n").toString();
    }

    /**
     * Prefixes a value starting with {@code = + - @}, a tab or a carriage return with a single quote, then quotes
     * it when it holds a comma, a quote, a line break or leading/trailing spaces.
     *
     * @param value the raw value
     * @return the safe cell
     */
    public static String cell(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0 || (!safe.isEmpty() && (safe.charAt(0) == ' '
                || safe.charAt(safe.length() - 1) == ' '));
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
