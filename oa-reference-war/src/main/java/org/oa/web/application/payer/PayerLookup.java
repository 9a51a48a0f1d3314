package org.oa.web.application.payer;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.oa.core.payer.Payer;
import org.oa.core.payer.TransactionType;

/**
 * Payer List Lookup: finds payers by name or payer ID, with the transactions each supports and where enrollment
 * is required, from the payer list in the database.
 */
@ApplicationScoped
public class PayerLookup {

    @Inject
    PayerCatalog catalog;

    /**
     * One payer as the lookup shows it.
     *
     * @param payerId      the payer ID used on claims
     * @param name         the payer's name
     * @param transactions each supported transaction, with "!" after those that need enrollment first
     * @param enrollment   true when any transaction needs enrollment
     * @param notes        the payer's notes for billers
     */
    public record Row(String payerId, String name, String transactions, boolean enrollment, String notes) {
    }

    /** Payers whose name or ID contains {@code term} (any letter case), by name; all payers for a blank term. */
    public List<Row> search(String term) {
        String needle = term == null ? "" : term.strip().toLowerCase(Locale.ROOT);
        return catalog.current().payers().stream()
                .filter(p -> needle.isEmpty() || p.name().toLowerCase(Locale.ROOT).contains(needle)
                        || p.id().value().toLowerCase(Locale.ROOT).contains(needle))
                .sorted(java.util.Comparator.comparing(Payer::name))
                .map(PayerLookup::row)
                .toList();
    }

    private static Row row(Payer payer) {
        String transactions = payer.transactions().stream().sorted()
                .map(t -> t.label() + (payer.requiresEnrollment(t) ? " !" : ""))
                .collect(Collectors.joining(", "));
        boolean enrollment = payer.transactions().stream().anyMatch(payer::requiresEnrollment);
        return new Row(payer.id().value(), payer.name(), transactions, enrollment,
                payer.notes() == null ? "" : payer.notes());
    }

    /** The transaction labels, for the page's legend. */
    public List<String> transactionLabels() {
        return java.util.Arrays.stream(TransactionType.values()).map(TransactionType::label).toList();
    }
}
