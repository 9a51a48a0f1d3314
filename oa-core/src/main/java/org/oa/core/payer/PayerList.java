package org.oa.core.payer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.oa.core.OaCoreException;
import org.oa.core.identifier.PayerId;
import org.oa.core.internal.payer.PayerListCsv;

/**
 * The payers a clearinghouse can send claims to, looked up by payer ID. Immutable and thread-safe.
 * {@link #bundled()} returns the list shipped with OA core (invented payers, including {@code SIM01}, the
 * OA Simulated Health Plan); {@link #readCsv(Reader)} reads a list in the same CSV format.
 */
public final class PayerList {

    private static final String BUNDLED = "/org/oa/core/payer/payers.csv";

    private final Map<PayerId, Payer> byId;
    private final List<Payer> payers;

    private PayerList(Collection<Payer> payers) {
        Map<PayerId, Payer> map = new HashMap<>();
        for (Payer p : payers) {
            if (map.put(p.id(), p) != null) {
                throw new IllegalArgumentException("payer list has duplicate payer ID " + p.id());
            }
        }
        this.byId = Map.copyOf(map);
        this.payers = List.copyOf(payers);
    }

    /** Returns a payer list of these payers; payer IDs must be unique. */
    public static PayerList of(Collection<Payer> payers) {
        return new PayerList(payers);
    }

    /** Finds the payer with this ID. */
    public Optional<Payer> find(PayerId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Returns the payer with this ID, or null; for hot paths that do not want an Optional. */
    public Payer get(PayerId id) {
        return byId.get(id);
    }

    /** All payers, in list order. */
    public List<Payer> payers() {
        return payers;
    }

    /** Number of payers. */
    public int size() {
        return payers.size();
    }

    /**
     * Reads a payer list in the CSV format documented in {@code payers.csv}. Lines that cannot be read are
     * reported in the result, not thrown.
     */
    public static ReadResult readCsv(Reader csv) throws IOException {
        PayerListCsv.Parsed parsed = PayerListCsv.read(csv);
        List<Payer> payers = new ArrayList<>(parsed.payers());
        List<String> problems = new ArrayList<>(parsed.problems());
        // A duplicate ID is a problem of the file, reported like a bad line; the first occurrence wins.
        Map<PayerId, Payer> unique = new java.util.LinkedHashMap<>();
        for (Payer p : payers) {
            if (unique.putIfAbsent(p.id(), p) != null) {
                problems.add("duplicate payer ID " + p.id());
            }
        }
        return new ReadResult(new PayerList(unique.values()), problems);
    }

    /** Writes this list in the CSV format {@link #readCsv(Reader)} reads. */
    public void writeCsv(Appendable out) throws IOException {
        PayerListCsv.write(payers, out);
    }

    /** Returns the payer list bundled with OA core. */
    public static PayerList bundled() {
        try (InputStream in = PayerList.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new OaCoreException("bundled payer list " + BUNDLED + " is missing");
            }
            ReadResult result = readCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
            if (!result.problems().isEmpty()) {
                throw new OaCoreException("bundled payer list is invalid: " + result.problems());
            }
            return result.payerList();
        } catch (IOException e) {
            throw new OaCoreException("cannot read bundled payer list", e);
        }
    }

    /**
     * The outcome of reading a payer list: the payers that could be read and one message per problem
     * (line number and reason).
     *
     * @param payerList the payers read
     * @param problems  problems found, empty when the whole file was read
     */
    public record ReadResult(PayerList payerList, List<String> problems) {
        public ReadResult {
            java.util.Objects.requireNonNull(payerList, "payerList");
            problems = List.copyOf(problems);
        }
    }
}
