package org.oa.web.application.clearinghouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.oa.core.remittance.AdjustmentGroup;
import org.oa.core.remittance.ClaimPaymentStatus;
import org.oa.web.application.clearinghouse.AdjustmentCodes.Kind;

class AdjustmentCodesTest {

    private static final AdjustmentCodes CODES = AdjustmentCodes.bundled();

    @Test
    void describesTheCarcsOfTheSimulatedPayerAndCommonEras() {
        for (String carc : List.of("1", "2", "3", "4", "16", "18", "22", "23", "27", "29", "45", "50", "96", "97",
                "109", "119", "197", "204", "253")) {
            assertThat(CODES.find(Kind.CARC, carc)).as("CARC " + carc).isPresent();
        }
        assertThat(CODES.carc("45")).startsWith("Charge exceeds the fee schedule");
        assertThat(CODES.carc("2")).isEqualTo("Coinsurance amount");
        assertThat(CODES.carc("96")).isEqualTo("Non-covered charge(s)");
    }

    @Test
    void describesCommonRemarkCodes() {
        for (String rarc : List.of("M15", "M51", "MA130", "N130", "N425", "N19")) {
            assertThat(CODES.find(Kind.RARC, rarc)).as("RARC " + rarc).isPresent();
        }
        assertThat(CODES.rarc("N425")).isEqualTo("Statutorily excluded service(s)");
    }

    @Test
    void describesEveryGroupAndClaimStatusTheCoreModelKnows() {
        for (AdjustmentGroup g : AdjustmentGroup.values()) {
            assertThat(CODES.find(Kind.GROUP, g.name())).as("group " + g).isPresent();
        }
        for (ClaimPaymentStatus s : ClaimPaymentStatus.values()) {
            assertThat(CODES.find(Kind.CLP02, s.code())).as("CLP02 " + s.code()).isPresent();
        }
        assertThat(CODES.group("PR")).startsWith("Patient responsibility");
        assertThat(CODES.claimStatus("4")).isEqualTo("Denied");
        assertThat(CODES.size(Kind.GROUP)).isEqualTo(5);
    }

    @Test
    void saysSoForACodeNotInTheTable() {
        assertThat(CODES.find(Kind.CARC, "ZZ9")).isEmpty();
        assertThat(CODES.find(Kind.CARC, null)).isEmpty();
        assertThat(CODES.carc("ZZ9")).isEqualTo(AdjustmentCodes.NOT_IN_TABLE);
        assertThat(CODES.rarc("45")).isEqualTo(AdjustmentCodes.NOT_IN_TABLE);
    }

    @Test
    void readsDescriptionsContainingCommasAndSkipsComments() throws IOException {
        AdjustmentCodes codes = read("# comment\n\nCARC,16,Lacks information, or has billing errors\n");
        assertThat(codes.carc("16")).isEqualTo("Lacks information, or has billing errors");
        assertThat(codes.size(Kind.RARC)).isZero();
    }

    @Test
    void rejectsABrokenTable() {
        assertThatThrownBy(() -> read("CARC,45\n")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> read("XYZ,45,text\n")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> read("CARC,45,a\nCARC,45,b\n")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("repeats");
    }

    private static AdjustmentCodes read(String csv) throws IOException {
        return AdjustmentCodes.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }
}
