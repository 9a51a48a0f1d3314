package org.oa.core.internal.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records (RFC 4180) one at a time: fields separated by commas, records by CRLF, LF or a lone CR; a
 * field starting with {@code "} is quoted and may hold commas, line breaks and doubled quotes. A byte order mark at
 * the start is skipped; a line break at the very end does not start a record. A record that breaks the quoting
 * rules (a quote inside an unquoted field, text after a closing quote, a quoted field never closed) is returned
 * with a problem and its fields up to there; reading goes on with the next line. Reads through its own buffer, so
 * the reader need not be buffered. Not thread-safe.
 */
public final class CsvRecords {

    /**
     * One record: its number (1 for the first), its fields, and a problem when it broke the quoting rules.
     *
     * @param number  the record's number, counting from 1
     * @param fields  the fields as read (not trimmed)
     * @param problem null, or what is wrong with the quoting (no values quoted)
     */
    public record CsvRecord(int number, List<String> fields, String problem) {
    }

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private int number;
    private boolean started;
    private final StringBuilder field = new StringBuilder(64);

    public CsvRecords(Reader in) {
        this.in = in;
    }

    private int read() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        int c = read();
        if (c >= 0) {
            position--;
        }
        return c;
    }

    /** The next record, or null at the end of the input. */
    public CsvRecord next() throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c < 0) {
            return null;
        }
        number++;
        List<String> fields = new ArrayList<>(24);
        field.setLength(0);
        while (true) {
            if (c == '"' && field.length() == 0) {
                String problem = quoted();
                if (problem != null) {
                    fields.add(field.toString());
                    if (!problem.startsWith("a quoted value is not closed")) {
                        skipLine();
                    }
                    return new CsvRecord(number, fields, problem);
                }
                c = read();
                if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    c = read();
                    continue;
                }
                if (c < 0 || c == '\n' || c == '\r') {
                    fields.add(field.toString());
                    endLine(c);
                    return new CsvRecord(number, fields, null);
                }
                fields.add(field.toString());
                skipLine();
                return new CsvRecord(number, fields, "text follows a closing quote");
            }
            if (c < 0 || c == '\n' || c == '\r') {
                fields.add(field.toString());
                endLine(c);
                return new CsvRecord(number, fields, null);
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '"') {
                fields.add(field.toString());
                skipLine();
                return new CsvRecord(number, fields, "a quote inside a value that does not start with a quote");
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    /** Reads a quoted field after its opening quote up to its closing quote; returns a problem or null. */
    private String quoted() throws IOException {
        while (true) {
            int c = read();
            if (c < 0) {
                return "a quoted value is not closed before the end of the file";
            }
            if (c == '"') {
                if (peek() == '"') {
                    read();
                    field.append('"');
                } else {
                    return null;
                }
            } else {
                field.append((char) c);
            }
        }
    }

    private void endLine(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            read();
        }
    }

    private void skipLine() throws IOException {
        int c;
        do {
            c = read();
        } while (c >= 0 && c != '\n' && c != '\r');
        endLine(c);
    }
}
