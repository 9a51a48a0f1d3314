package org.oa.edi.validation;

import java.util.List;
import java.util.Objects;

/**
 * Outcome for one GS/GE functional group: what a 999 AK1/AK9 reports.
 *
 * @param header       the GS header
 * @param status       AK901: A, E, P or R
 * @param received     AK903: transaction sets received
 * @param accepted     AK904: transaction sets accepted (A or E)
 * @param problems     group-level problems (AK905 codes)
 * @param transactions the transaction results, or empty when validating with a listener (streaming mode)
 */
public record GroupResult(GroupHeader header, AckCode status, int received, int accepted, List<Problem> problems,
        List<TransactionResult> transactions) {
    public GroupResult {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(status, "status");
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        transactions = List.copyOf(Objects.requireNonNull(transactions, "transactions"));
        if (received < 0 || accepted < 0 || accepted > received) {
            throw new IllegalArgumentException("received/accepted counts are inconsistent");
        }
    }
}
