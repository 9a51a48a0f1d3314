package org.oa.core.internal.payer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.oa.core.identifier.InvalidIdentifierException;
import org.oa.core.identifier.PayerId;
import org.oa.core.payer.MemberIdFormat;
import org.oa.core.payer.Payer;
import org.oa.core.payer.TransactionType;

/**
 * Reads the payer list CSV: a header line, then one payer per line with the columns
 * {@code payer_id,name,transactions,enrollment_required,member_id_format,timely_filing_days,notes}.
 * Transactions are separated by {@code |}; a field containing a comma or quote is quoted with {@code "}
 * (a quote inside doubled). Blank lines and lines starting with {@code #} are ignored.
 */
public final class PayerListCsv {

    /** The header line every payer list starts with. */
    public static final String HEADER =
            "payer_id,name,transactions,enrollment_required,member_id_format,timely_filing_days,notes";

    private PayerListCsv() {
    }

    /** What was read: payers and one problem message per unreadable line. */
    public record Parsed(List<Payer> payers, List<String> problems) {
    }

    /** Reads a whole payer list; never throws for bad content, only for I/O. */
    public static Parsed read(Reader source) throws IOException {
        List<Payer> payers = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        BufferedReader in = new BufferedReader(source);
        String line;
        int number = 0;
        boolean headerSeen = false;
        while ((line = in.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                headerSeen = true;
                if (!line.strip().equals(HEADER)) {
                    problems.add("line " + number + ": header must be " + HEADER);
                    return new Parsed(payers, problems);
                }
                continue;
            }
            List<String> fields = split(line);
            if (fields == null) {
                problems.add("line " + number + ": unbalanced quotes");
                continue;
            }
            if (fields.size() != 7) {
                problems.add("line " + number + ": expected 7 fields, found " + fields.size());
                continue;
            }
            try {
                payers.add(toPayer(fields));
            } catch (IllegalArgumentException | InvalidIdentifierException e) {
                problems.add("line " + number + ": " + e.getMessage());
            }
        }
        if (!headerSeen) {
            problems.add("payer list is empty");
        }
        return new Parsed(payers, problems);
    }

    /** Writes payers in the format {@link #read} reads, header first. */
    public static void write(List<Payer> payers, Appendable out) throws IOException {
        out.append(HEADER).append('\n');
        for (Payer p : payers) {
            out.append(quote(p.id().value())).append(',')
                    .append(quote(p.name())).append(',')
                    .append(labels(p.transactions())).append(',')
                    .append(labels(p.enrollmentRequired())).append(',')
                    .append(p.memberIdFormat().name()).append(',')
                    .append(Integer.toString(p.timelyFilingDays())).append(',')
                    .append(quote(p.notes())).append('\n');
        }
    }

    private static String labels(Set<TransactionType> transactions) {
        StringBuilder b = new StringBuilder();
        for (TransactionType t : transactions) {
            if (b.length() > 0) {
                b.append('|');
            }
            b.append(t.label());
        }
        return b.toString();
    }

    private static String quote(String field) {
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.startsWith("#")
                || !field.equals(field.strip());
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    private static Payer toPayer(List<String> f) {
        PayerId id = new PayerId(f.get(0).strip());
        Set<TransactionType> transactions = transactions(f.get(2), "transactions");
        Set<TransactionType> enrollment = transactions(f.get(3), "enrollment_required");
        MemberIdFormat format;
        String formatText = f.get(4).strip();
        try {
            format = formatText.isEmpty() ? MemberIdFormat.ANY
                    : MemberIdFormat.valueOf(formatText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("member_id_format must be ANY or MEDICARE_MBI", e);
        }
        int days;
        try {
            days = Integer.parseInt(f.get(5).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("timely_filing_days must be a whole number", e);
        }
        return new Payer(id, f.get(1).strip(), transactions, enrollment, f.get(6).strip(), format, days);
    }

    private static Set<TransactionType> transactions(String field, String column) {
        Set<TransactionType> set = EnumSet.noneOf(TransactionType.class);
        String text = field.strip();
        if (text.isEmpty()) {
            return set;
        }
        for (String part : text.split("\\|")) {
            TransactionType t = TransactionType.fromLabel(part)
                    .orElseThrow(() -> new IllegalArgumentException(column + " has an unknown transaction"));
            set.add(t);
        }
        return set;
    }

    /** Splits one CSV line; returns null when quotes do not balance. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        current.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(current.toString());
        return fields;
    }
}
