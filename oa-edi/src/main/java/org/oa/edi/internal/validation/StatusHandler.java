package org.oa.edi.internal.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.oa.edi.document.ClaimAcknowledgment;
import org.oa.edi.document.ClaimAcknowledgment.ClaimStatus;
import org.oa.edi.document.TransactionDocument;
import org.oa.edi.document.TransactionHeader;
import org.oa.edi.internal.stream.ByteTokenizer;

/** 277 / 277CA (X214): one status per claim-level TRN*2, with its STC codes and REF*1K. */
final class StatusHandler implements TransactionHandler {

    private final TransactionHeader header;
    private final List<ClaimStatus> claims = new ArrayList<>();
    private String pcn;
    private String payerId = "";
    private List<String> codes;
    private BigDecimal charge;
    private boolean claimLevel;

    StatusHandler(TransactionHeader header) {
        this.header = header;
    }

    @Override
    public void segment(ByteTokenizer r, TransactionContext cx) {
        switch (r.segmentId()) {
            case "HL" -> {
                close();
                claimLevel = Set.of("PT", "22", "23").contains(r.element(3));
                cx.loop = switch (r.element(3)) {
                    case "20" -> "2000A";
                    case "21" -> "2000B";
                    case "19" -> "2000C";
                    case "PT", "22" -> "2000D";
                    case "23" -> "2000E";
                    default -> cx.loop;
                };
            }
            case "TRN" -> {
                if (claimLevel && "2".equals(r.element(1))) {
                    close();
                    cx.loop = "2000E".equals(cx.loop) ? "2200E" : "2200D";
                    pcn = r.element(2);
                    codes = new ArrayList<>();
                    payerId = "";
                    charge = null;
                }
            }
            case "STC" -> {
                if (codes != null && codes.size() < 100) {
                    codes.add(r.element(1));
                    if (charge == null) {
                        charge = Values.decimal(r.element(4));
                    }
                }
            }
            case "REF" -> {
                if (pcn != null && "1K".equals(r.element(1))) {
                    payerId = r.element(2);
                }
            }
            default -> {
                // Read only.
            }
        }
    }

    private void close() {
        if (pcn != null) {
            claims.add(new ClaimStatus(pcn, payerId, codes, charge));
            pcn = null;
            codes = null;
        }
    }

    @Override
    public void end(TransactionContext cx) {
        close();
    }

    @Override
    public TransactionDocument document() {
        return new ClaimAcknowledgment(header, claims);
    }
}
