package org.oa.web.interfaces.portal.servicecenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ManageClaimsPageTest {

    @Test
    void theCsvDownloadNeverHandsASpreadsheetAFormulaFromAClaimFile() {
        for (String formula : new String[] {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"}) {
            assertThat(ManageClaimsPage.spreadsheetSafe(formula)).as(formula).startsWith("'").endsWith(formula);
        }
        assertThat(ManageClaimsPage.spreadsheetSafe("SAMPLE, ALEX")).isEqualTo("SAMPLE, ALEX");
        assertThat(ManageClaimsPage.spreadsheetSafe("")).isEmpty();
        assertThat(ManageClaimsPage.spreadsheetSafe(null)).isNull();
    }

    @Test
    void chargesReadAsDollars() {
        assertThat(ManageClaimsPage.money(new BigDecimal("1234.5"))).isEqualTo("$1,234.50");
        assertThat(ManageClaimsPage.money(new BigDecimal("0.00"))).isEqualTo("$0.00");
    }
}
