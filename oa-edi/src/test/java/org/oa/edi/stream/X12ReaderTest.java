package org.oa.edi.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oa.edi.X12Samples.stream;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oa.edi.X12Samples;

class X12ReaderTest {

    private static List<String> events(InputStream in) {
        return events(X12InputFactory.newFactory(), in);
    }

    private static List<String> events(X12InputFactory factory, InputStream in) {
        List<String> out = new ArrayList<>();
        X12Reader r = factory.createReader(in);
        while (r.hasNext()) {
            X12Event e = r.next();
            out.add(e == X12Event.PROBLEM ? "PROBLEM " + r.problem().code() : e + " " + r.segmentId());
        }
        return out;
    }

    @Test
    void readsDelimitersFromTheIsaHeader() {
        X12Reader r = X12InputFactory.newFactory().createReader(stream(X12Samples.professional()));
        assertThat(r.next()).isEqualTo(X12Event.START_INTERCHANGE);
        assertThat(r.delimiters()).isEqualTo(new Delimiters('*', '^', ':', '~'));
        assertThat(r.element(13)).isEqualTo("000000001");
        assertThat(r.next()).isEqualTo(X12Event.START_GROUP);
        assertThat(r.next()).isEqualTo(X12Event.START_TRANSACTION);
        assertThat(r.transactionSegmentPosition()).isEqualTo(1);
        assertThat(r.segmentPosition()).isEqualTo(3);
    }

    @Test
    void givesElementsAndComponentsByPosition() {
        X12Reader r = X12InputFactory.newFactory().createReader(stream(X12Samples.professional()));
        while (!"CLM".equals(r.segmentId())) {
            r.next();
        }
        assertThat(r.element(1)).isEqualTo("PCN001");
        assertThat(r.element(3)).isEmpty();
        assertThat(r.isEmpty(3)).isTrue();
        assertThat(r.element(5)).isEqualTo("11:B:1");
        assertThat(r.componentCount(5)).isEqualTo(3);
        assertThat(r.component(5, 3)).isEqualTo("1");
        assertThat(r.component(5, 4)).isEmpty();
        assertThat(r.element(99)).isEmpty();
        assertThat(r.elementCount()).isEqualTo(9);
        assertThat(r.transactionSegmentPosition()).isEqualTo(18);
    }

    @Test
    void emitsEnvelopeEventsInOrder() {
        assertThat(events(stream(X12Samples.professional()))).startsWith("START_INTERCHANGE ISA",
                "START_GROUP GS", "START_TRANSACTION ST", "SEGMENT BHT").endsWith("END_TRANSACTION SE",
                "END_GROUP GE", "END_INTERCHANGE IEA");
    }

    @Test
    void toleratesByteOrderMarkLeadingBlanksAndCrLf() {
        String file = "\uFEFF".repeat(0) + X12Samples.professional().replace("~\n", "~\r\n    ");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n'};
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(bom),
                new ByteArrayInputStream(file.getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(events(in)).doesNotContain("PROBLEM 022").contains("SEGMENT CLM").hasSize(30);
    }

    @Test
    void acceptsCarriageReturnAsTerminator() {
        String file = X12Samples.professional().replace("~\n", "\r");
        assertThat(events(stream(file))).contains("SEGMENT CLM", "END_INTERCHANGE IEA").hasSize(30);
    }

    @Test
    void acceptsNonDefaultSeparators() {
        String file = X12Samples.professional().replace('*', '|').replace('~', '\u001D').replace(':', '>');
        X12Reader r = X12InputFactory.newFactory().createReader(stream(file));
        r.next();
        assertThat(r.delimiters()).isEqualTo(new Delimiters('|', '^', '>', '\u001D'));
        while (!"SV1".equals(r.segmentId())) {
            r.next();
        }
        assertThat(r.component(1, 2)).isEqualTo("99213");
    }

    @Test
    void readsSeveralInterchangesAndTa1OutsideGroups() {
        String ta1 = X12Samples.isa("000000002") + "TA1*000000001*261101*1200*A*000~IEA*0*000000002~";
        String file = X12Samples.professional() + ta1 + X12Samples.professional();
        List<String> events = events(stream(file));
        assertThat(events.stream().filter(e -> e.startsWith("START_INTERCHANGE"))).hasSize(3);
        assertThat(events).contains("SEGMENT TA1");
    }

    @Test
    void treatsIsa11AsRepetitionSeparatorOnlyFromVersion00402() {
        String v4010 = X12Samples.professional().replace("*^*00501*", "*U*00401*");
        X12Reader r = X12InputFactory.newFactory().createReader(stream(v4010));
        r.next();
        assertThat(r.delimiters().repetition()).isEqualTo('\0');
    }

    @Test
    void readsAnIsaWhoseFieldsHaveTheWrongWidth() {
        String file = X12Samples.professional().replace("*SUBMITTER      *", "*SUBMITTER*");
        X12Reader r = X12InputFactory.newFactory().createReader(stream(file));
        assertThat(r.next()).isEqualTo(X12Event.START_INTERCHANGE);
        assertThat(r.delimiters().segment()).isEqualTo('~');
        assertThat(r.element(6)).isEqualTo("SUBMITTER");
    }

    @Test
    void reportsOversizedSegmentAndGoesOn() {
        String huge = "NTE*ADD*" + "X".repeat(5000);
        List<String> body = X12Samples.professionalBody();
        body.add(2, huge);
        String file = X12Samples.interchange("837", "005010X222A1", body);
        List<String> events = events(X12InputFactory.newFactory().withMaxSegmentLength(1000), stream(file));
        assertThat(events).contains("PROBLEM 8", "SEGMENT CLM", "END_INTERCHANGE IEA");
    }

    @Test
    void reportsTruncatedFile() {
        String file = X12Samples.professional();
        file = file.substring(0, file.indexOf("CLM*") + 10);
        assertThat(events(stream(file))).last().isEqualTo("PROBLEM 023");
    }

    @Test
    void reportsInputThatIsNotX12() {
        X12Reader r = X12InputFactory.newFactory().createReader(stream("%PDF-1.4 hello"));
        assertThat(r.next()).isEqualTo(X12Event.PROBLEM);
        assertThat(r.problem().code()).isEqualTo("022");
        assertThat(r.hasNext()).isFalse();
        assertThat(r.isX12()).isFalse();
    }

    @Test
    void keepsTheCurrentSegmentWhenAskedForMore() {
        X12Reader r = X12InputFactory.newFactory().createReader(stream(X12Samples.professional()));
        r.next();
        r.next();
        assertThat(r.hasNext()).isTrue();
        assertThat(r.element(1)).isEqualTo("HC");
    }

    @Test
    void handlesSegmentsSplitAcrossBufferRefills() {
        StringBuilder sb = new StringBuilder();
        List<String> body = X12Samples.professionalBody();
        for (int i = 0; i < 3000; i++) {
            body.add("NTE*ADD*" + "N".repeat(i % 70 + 1));
        }
        sb.append(X12Samples.interchange("837", "005010X222A1", body));
        List<String> events = events(stream(sb.toString()));
        assertThat(events).hasSize(30 + 3000).doesNotContainAnyElementsOf(List.of("PROBLEM 8", "PROBLEM 023"));
    }
}
