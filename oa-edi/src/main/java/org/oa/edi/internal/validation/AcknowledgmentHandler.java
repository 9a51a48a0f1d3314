package org.oa.edi.internal.validation;

import java.util.ArrayList;
import java.util.List;
import org.oa.edi.document.ImplementationAcknowledgment;
import org.oa.edi.document.ImplementationAcknowledgment.TransactionSetResponse;
import org.oa.edi.document.TransactionDocument;
import org.oa.edi.document.TransactionHeader;
import org.oa.edi.internal.stream.ByteTokenizer;

/** 999 (X231A1): AK1, AK2 loops with IK3/IK4/IK5, AK9. */
final class AcknowledgmentHandler implements TransactionHandler {

    private final SegmentSpecs specs = SegmentSpecs.ACKNOWLEDGMENT;
    private final TransactionHeader header;
    private String functionalId = "";
    private String groupControl = "";
    private String ak901 = "";
    private int included;
    private int received;
    private int accepted;
    private final List<TransactionSetResponse> sets = new ArrayList<>();
    private String ak201;
    private String ak202;
    private List<String> errors;
    private boolean sawAk1;

    AcknowledgmentHandler(TransactionHeader header) {
        this.header = header;
    }

    @Override
    public void segment(ByteTokenizer r, TransactionContext cx) {
        String id = r.segmentId();
        cx.loop = switch (id) {
            case "AK2" -> "2000";
            case "IK3" -> "2100";
            case "IK4" -> "2110";
            case "AK9", "AK1" -> "";
            default -> cx.loop;
        };
        specs.check(r, cx);
        switch (id) {
            case "AK1" -> {
                sawAk1 = true;
                functionalId = r.element(1);
                groupControl = r.element(2);
            }
            case "AK2" -> {
                close("");
                ak201 = r.element(1);
                ak202 = r.element(2);
                errors = new ArrayList<>();
            }
            case "IK3" -> add("IK3 " + r.element(1) + "@" + r.element(2) + " " + r.element(4));
            case "IK4" -> add("IK4 " + r.element(1) + " " + r.element(3));
            case "IK5" -> {
                for (int i = 2; i <= r.elementCount(); i++) {
                    if (!r.isEmpty(i)) {
                        add("IK5 " + r.element(i));
                    }
                }
                close(r.element(1));
            }
            case "AK9" -> {
                close("");
                ak901 = r.element(1);
                included = orZero(Values.integer(r.element(2)));
                received = orZero(Values.integer(r.element(3)));
                accepted = orZero(Values.integer(r.element(4)));
            }
            default -> {
                // Checked only.
            }
        }
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }

    private void add(String error) {
        if (errors != null && errors.size() < 1000) {
            errors.add(error);
        }
    }

    private void close(String code) {
        if (ak201 != null) {
            sets.add(new TransactionSetResponse(ak201, ak202, code, errors));
            ak201 = null;
            errors = null;
        }
    }

    @Override
    public void end(TransactionContext cx) {
        close("");
        if (!sawAk1) {
            cx.segmentProblem("3", "The AK1 (functional group response header) segment is missing.");
        }
        if (ak901.isEmpty()) {
            cx.segmentProblem("3", "The AK9 (functional group response trailer) segment is missing.");
        }
    }

    @Override
    public TransactionDocument document() {
        return new ImplementationAcknowledgment(header, functionalId, groupControl, sets, ak901, included, received,
                accepted);
    }
}
