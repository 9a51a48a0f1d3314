package org.oa.security.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "=1+2|'=1+2",
        "+1|'+1",
        "-1|'-1",
        "@A1|'@A1",
        "plain|plain",
        "a=b|a=b"})
    void prefixesCellsThatStartLikeAFormula(String raw, String expected) {
        assertThat(CsvCells.cell(raw)).isEqualTo(expected);
    }

    @Test
    void prefixesTabAndCarriageReturnAndQuotesWhatNeedsQuoting() {
        assertThat(CsvCells.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.cell("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(CsvCells.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvCells.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvCells.cell("")).isEmpty();
        assertThat(CsvCells.row("a", "=b")).isEqualTo("a,'=b\r\n");
    }
}
