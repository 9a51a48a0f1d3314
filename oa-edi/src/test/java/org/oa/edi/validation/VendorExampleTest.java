package org.oa.edi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.oa.edi.X12Samples;
import org.oa.edi.document.Claim;
import org.oa.edi.document.ClaimTransaction;
import org.oa.edi.document.X12Document;

/** How a vendor reads and validates an 837P with the public API only. */
class VendorExampleTest {

    @Test
    void readsAndValidatesAProfessionalClaimFile() {
        X12Validator validator = X12Validator.newValidator();

        // 1. Validate: problems are data with 999 codes and locations; claims are accepted or rejected.
        InputStream file = X12Samples.stream(X12Samples.professionalReplacing("CLM*",
                "CLM*PCN001*175***11:B:1*Y*A*Y*Y"));
        ValidationReport report = validator.validate(file);
        assertThat(report.accepted()).isFalse();
        for (TransactionResult tx : report.transactions().toList()) {
            for (ClaimResult claim : tx.claims()) {
                assertThat(claim.accepted()).isFalse();
                assertThat(claim.problems()).extracting(Problem::message)
                        .containsExactly("The total claim charge (CLM02) is 175 but the service line charges "
                                + "(SV102) add up to 150.");
            }
        }

        // 2. Read typed claims (valid file).
        X12Document doc = validator.read(X12Samples.stream(X12Samples.professional()));
        ClaimTransaction tx = (ClaimTransaction) doc.interchanges().get(0).groups().get(0).transactions().get(0);
        Claim claim = tx.claims().get(0);
        assertThat(claim.patientControlNumber()).isEqualTo("PCN001");
        assertThat(claim.billingProvider().id()).isEqualTo("1234567893");
        assertThat(claim.lines()).hasSize(2);
    }
}
