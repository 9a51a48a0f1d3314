package org.oa.edi.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.oa.edi.X12Samples;
import org.oa.edi.validation.X12Validator;

class X12WriterTest {

    @Test
    void writesEnvelopesWithCountsAndControlNumbers() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        X12Writer w = X12Writer.create(out, Delimiters.DEFAULT, false);
        LocalDateTime when = LocalDateTime.of(2026, 11, 1, 12, 0);
        w.startInterchange("ZZ", "SUBMITTER", "ZZ", "RECEIVER", when, 1, false, false);
        w.startGroup("HC", "SUBMITTER", "RECEIVER", when, 1, "005010X222A1");
        w.startTransaction("837", "0001", "005010X222A1");
        for (String s : X12Samples.professionalBody()) {
            int star = s.indexOf('*');
            w.segment(s.substring(0, star), s.substring(star + 1).split("\\*", -1));
        }
        w.endTransaction().endGroup().endInterchange();
        String written = out.toString(StandardCharsets.ISO_8859_1);
        assertThat(written).isEqualTo(X12Samples.professional().replace("\n", ""));
        assertThat(X12Validator.newValidator().validate(X12Samples.stream(written)).accepted()).isTrue();
    }

    @Test
    void refusesDataContainingADelimiter() {
        X12Writer w = X12Writer.create(new ByteArrayOutputStream(), Delimiters.DEFAULT, false);
        assertThatThrownBy(() -> w.segment("NTE", "ADD", "A~B")).isInstanceOf(IllegalArgumentException.class);
    }
}
