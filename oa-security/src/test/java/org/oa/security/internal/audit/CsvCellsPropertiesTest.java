package org.oa.security.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class CsvCellsPropertiesTest {

    @Property(tries = 1000, seed = "20261127")
    void noCellEverStartsLikeAFormula(@ForAll String value) {
        String cell = CsvCells.cell(value);
        String content = cell.startsWith("\"") ? cell.substring(1) : cell;
        assertThat(content).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
    }

    @Property(tries = 1000, seed = "20261127")
    void quotedCellsDoubleEveryQuote(@ForAll String value) {
        String cell = CsvCells.cell(value);
        if (cell.startsWith("\"")) {
            String inner = cell.substring(1, cell.length() - 1);
            assertThat(inner.replace("\"\"", "")).doesNotContain("\"");
        } else {
            assertThat(cell).doesNotContain(",").doesNotContain("\"").doesNotContain("\n");
        }
    }
}
