package org.oa.core.submission;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.oa.core.edit.EditFailure;

/**
 * Renders a File Summary Report as the plain-text file practice software downloads ({@code FS_HCFA_<id>_IN_C.txt}
 * in the reference deployment). It lists patient control numbers and edit messages, never names or member IDs.
 */
public final class FileSummaryText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private FileSummaryText() {
    }

    /** The report of {@code file} as text lines ending in CR LF. */
    public static String render(SubmissionFile file, FileSummaryReport report) {
        StringBuilder sb = new StringBuilder();
        line(sb, "OA CLEARINGHOUSE - FILE SUMMARY REPORT");
        line(sb, "File ID:       " + file.id());
        line(sb, "File name:     " + file.fileName());
        line(sb, "Received:      " + WHEN.format(file.receivedAt()) + " by " + file.channel());
        line(sb, "Status:        " + file.status());
        if (!file.failureReason().isEmpty()) {
            line(sb, "Reason:        " + file.failureReason());
        }
        line(sb, String.format("Claims:        %d (accepted %d, charges %s; rejected %d, charges %s)",
                report.claims().size(), report.acceptedCount(), report.acceptedCharges().toPlainString(),
                report.rejectedCount(), report.rejectedCharges().toPlainString()));
        line(sb, "");
        if (report.claims().isEmpty()) {
            return sb.toString();
        }
        line(sb, String.format("%-5s %-38s %12s  %s", "#", "Patient control number (CLM01)", "Charge", "Result"));
        int n = 0;
        for (FileSummaryReport.ClaimOutcome o : report.claims()) {
            line(sb, String.format("%-5d %-38s %12s  %s", ++n, o.patientControlNumber(),
                    o.totalCharge().toPlainString(), o.accepted() ? "ACCEPTED"
                            : o.stored() ? "REJECTED - correct it in Claim Fix" : "REJECTED - not stored, send again"));
            for (EditFailure f : o.failures()) {
                line(sb, "      " + (f.isError() ? "ERROR " : "WARNING ") + f.code() + " at " + f.fieldPath() + ": "
                        + f.message() + (f.hint().isEmpty() ? "" : " Fix: " + f.hint()));
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String text) {
        sb.append(text).append("\r\n");
    }
}
