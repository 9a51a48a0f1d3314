package org.oa.web.application.clearinghouse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Readable descriptions of the codes an 835 explains a payment with: claim adjustment group codes (CAS01, e.g.
 * {@code CO}), claim adjustment reason codes (CARC, e.g. {@code 45}), remittance advice remark codes (RARC, e.g.
 * {@code N130}) and claim status codes (CLP02). The table is the bundled resource {@code carc-rarc.csv}, short
 * paraphrases of the code lists X12 maintains; it holds the codes the simulated payer and common 835s use, not the
 * whole lists. Immutable and thread-safe.
 */
public final class AdjustmentCodes {

    /** The code lists the table covers, as named in the first column of {@code carc-rarc.csv}. */
    public enum Kind {
        /** Claim adjustment group code (CAS01): who bears the adjustment. */
        GROUP,
        /** Claim status code (CLP02). */
        CLP02,
        /** Claim adjustment reason code (CAS02, CAS05, ...). */
        CARC,
        /** Remittance advice remark code (LQ*HE, MOA, MIA). */
        RARC
    }

    /** The description shown for a code the table does not hold. */
    public static final String NOT_IN_TABLE = "Not in OA's code table; see the X12 code list";

    private static final String RESOURCE = "carc-rarc.csv";

    private final Map<Kind, Map<String, String>> descriptions;

    private AdjustmentCodes(Map<Kind, Map<String, String>> descriptions) {
        this.descriptions = descriptions;
    }

    /** The table bundled with OA, read once. */
    public static AdjustmentCodes bundled() {
        return Bundled.CODES;
    }

    /** The description of {@code code} in list {@code kind}, or empty when the table does not hold it. */
    public Optional<String> find(Kind kind, String code) {
        Objects.requireNonNull(kind, "kind");
        return code == null ? Optional.empty() : Optional.ofNullable(descriptions.get(kind).get(code.trim()));
    }

    /** The description of a group code such as {@code PR}, or {@link #NOT_IN_TABLE}. */
    public String group(String code) {
        return find(Kind.GROUP, code).orElse(NOT_IN_TABLE);
    }

    /** The description of a CARC such as {@code 45}, or {@link #NOT_IN_TABLE}. */
    public String carc(String code) {
        return find(Kind.CARC, code).orElse(NOT_IN_TABLE);
    }

    /** The description of a RARC such as {@code N130}, or {@link #NOT_IN_TABLE}. */
    public String rarc(String code) {
        return find(Kind.RARC, code).orElse(NOT_IN_TABLE);
    }

    /** The description of a claim status code (CLP02) such as {@code 4}, or {@link #NOT_IN_TABLE}. */
    public String claimStatus(String code) {
        return find(Kind.CLP02, code).orElse(NOT_IN_TABLE);
    }

    /** How many codes of {@code kind} the table holds. */
    public int size(Kind kind) {
        return descriptions.get(Objects.requireNonNull(kind, "kind")).size();
    }

    /**
     * Reads a table: one {@code kind,code,description} a line, the description running to the end of the line;
     * blank lines and lines starting with {@code #} are skipped.
     *
     * @throws IllegalStateException when a line does not have that form or repeats a code (a broken resource)
     */
    static AdjustmentCodes read(InputStream csv) throws IOException {
        Map<Kind, Map<String, String>> table = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            table.put(k, new HashMap<>());
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(",", 3);
                Kind kind = parts.length == 3 ? kindOf(parts[0].trim()) : null;
                if (kind == null || parts[1].isBlank() || parts[2].isBlank()) {
                    throw new IllegalStateException(RESOURCE + " line " + number + " is not kind,code,description");
                }
                if (table.get(kind).put(parts[1].trim(), parts[2].trim()) != null) {
                    throw new IllegalStateException(RESOURCE + " line " + number + " repeats a code");
                }
            }
        }
        Map<Kind, Map<String, String>> frozen = new EnumMap<>(Kind.class);
        table.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
        return new AdjustmentCodes(frozen);
    }

    private static Kind kindOf(String name) {
        for (Kind k : Kind.values()) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        return null;
    }

    /** Loads the bundled table on first use. */
    private static final class Bundled {
        static final AdjustmentCodes CODES = load();

        private static AdjustmentCodes load() {
            try (InputStream in = AdjustmentCodes.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the application");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
