package org.oa.core.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;

class CsvRecordsPropertiesTest {

    /** Writes a field as a careful CSV writer does: quoted when it holds a comma, quote or line break. */
    private static String quoted(String field) {
        boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0 || field.isEmpty();
        return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    @Property
    void readsBackWhatAWriterWroteWhateverTheFieldsHold(
            @ForAll @Size(min = 1, max = 5) List<@Size(min = 1, max = 6) List<
                    @StringLength(max = 12) @Chars({'a', 'Z', '9', ' ', ',', '"', '\n', '\r', 'é'}) String>> rows,
            @ForAll boolean crlf) throws IOException {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String f : row) {
                cells.add(quoted(f));
            }
            text.append(String.join(",", cells)).append(crlf ? "\r\n" : "\n");
        }
        CsvRecords reader = new CsvRecords(new StringReader(text.toString()));
        List<List<String>> read = new ArrayList<>();
        for (CsvRecords.CsvRecord r = reader.next(); r != null; r = reader.next()) {
            assertThat(r.problem()).isNull();
            read.add(r.fields());
        }
        assertThat(read).isEqualTo(rows);
    }
}
