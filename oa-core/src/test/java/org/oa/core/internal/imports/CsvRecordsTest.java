package org.oa.core.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    private static List<CsvRecords.CsvRecord> all(String text) throws IOException {
        CsvRecords records = new CsvRecords(new StringReader(text));
        List<CsvRecords.CsvRecord> all = new ArrayList<>();
        for (CsvRecords.CsvRecord r = records.next(); r != null; r = records.next()) {
            all.add(r);
        }
        return all;
    }

    @Test
    void readsQuotedFieldsWithCommasDoubledQuotesAndLineBreaksAsOneRecord() throws IOException {
        List<CsvRecords.CsvRecord> records = all("a,b,c\r\n\"1, Main\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nx,,\n");
        assertThat(records).hasSize(3);
        assertThat(records.get(1).fields()).containsExactly("1, Main", "say \"hi\"", "two\r\nlines");
        assertThat(records.get(1).number()).isEqualTo(2);
        assertThat(records.get(2).fields()).containsExactly("x", "", "");
        assertThat(records.get(2).number()).as("a quoted line break does not start a record").isEqualTo(3);
        assertThat(records).allMatch(r -> r.problem() == null);
    }

    @Test
    void skipsAByteOrderMarkAndAcceptsLfCrlfAndLoneCrWithoutARecordForTheLastLineBreak() throws IOException {
        List<CsvRecords.CsvRecord> records = all("\uFEFFa,b\nc,d\re,f\r\n");
        assertThat(records).extracting(CsvRecords.CsvRecord::fields)
                .containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"));
        assertThat(all("")).isEmpty();
        assertThat(all("a,b")).extracting(CsvRecords.CsvRecord::fields).containsExactly(List.of("a", "b"));
    }

    @Test
    void reportsBrokenQuotingForTheRecordAndGoesOnWithTheNextLine() throws IOException {
        List<CsvRecords.CsvRecord> records = all("ab\"c,d\n\"x\"y,z\nok,1\n\"never closed\nmore");
        assertThat(records).extracting(CsvRecords.CsvRecord::problem).containsExactly(
                "a quote inside a value that does not start with a quote", "text follows a closing quote", null,
                "a quoted value is not closed before the end of the file");
        assertThat(records.get(2).fields()).containsExactly("ok", "1");
        assertThat(records.get(2).number()).isEqualTo(3);
    }
}
