package org.oa.edi.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.oa.edi.X12Samples;

/** Reading a valid file and writing its segments back gives the same segments (1000 generated files). */
class RoundTripProperties {

    record Segment(String id, List<String> elements) {
    }

    Arbitrary<Segment> segments() {
        Arbitrary<String> id = Arbitraries.of("NM1", "REF", "NTE", "DTP", "AMT", "N3", "N4", "PER", "HI", "K3");
        Arbitrary<String> value = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .-:/&,")
                .ofMinLength(0).ofMaxLength(20);
        return Combinators.combine(id, value.list().ofMinSize(1).ofMaxSize(12)).as(Segment::new);
    }

    @Provide
    Arbitrary<List<Segment>> bodies() {
        return segments().list().ofMinSize(0).ofMaxSize(30);
    }

    @Provide
    Arbitrary<Delimiters> delimiters() {
        return Arbitraries.of(Delimiters.DEFAULT, new Delimiters('|', '^', '>', '\n'),
                new Delimiters('*', '^', '>', '\u001D'), new Delimiters('+', '!', '\\', '\''));
    }

    @Property(tries = 1000)
    void writingWhatWasReadGivesTheSameSegments(@ForAll("bodies") List<Segment> body,
            @ForAll("delimiters") Delimiters delimiters) {
        List<Segment> all = new ArrayList<>();
        all.add(new Segment("ISA", List.of(X12Samples.isa("000000001").split("\\*", -1)).subList(1, 17)));
        all.add(new Segment("GS", List.of("HC", "S", "R", "20261101", "1200", "1", "X", "005010X222A1")));
        all.add(new Segment("ST", List.of("837", "0001", "005010X222A1")));
        all.addAll(body);
        all.add(new Segment("SE", List.of(String.valueOf(body.size() + 2), "0001")));
        all.add(new Segment("GE", List.of("1", "1")));
        all.add(new Segment("IEA", List.of("1", "000000001")));
        List<Segment> fixed = new ArrayList<>();
        for (Segment s : all) {
            List<String> elements = new ArrayList<>(s.elements());
            if (s.id().equals("ISA")) {
                elements.set(10, String.valueOf(delimiters.repetition()));
                elements.set(15, String.valueOf(delimiters.component()));
            } else {
                elements.replaceAll(e -> e.replace(':', delimiters.component()));
            }
            fixed.add(new Segment(s.id(), elements));
        }
        byte[] first = write(fixed, delimiters);
        List<Segment> read = read(first);
        assertThat(read).isEqualTo(fixed);
        assertThat(write(read, delimiters)).isEqualTo(first);
    }

    private static byte[] write(List<Segment> segments, Delimiters d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        X12Writer w = X12Writer.create(out, d, d.segment() != '\n');
        for (Segment s : segments) {
            w.segment(s.id(), s.elements());
        }
        w.flush();
        return out.toByteArray();
    }

    private static List<Segment> read(byte[] bytes) {
        List<Segment> out = new ArrayList<>();
        X12Reader r = X12InputFactory.newFactory().createReader(new ByteArrayInputStream(bytes));
        while (r.hasNext()) {
            X12Event e = r.next();
            assertThat(e).isNotEqualTo(X12Event.PROBLEM);
            List<String> elements = new ArrayList<>();
            for (int i = 1; i <= r.elementCount(); i++) {
                elements.add(r.element(i));
            }
            out.add(new Segment(r.segmentId(), elements));
        }
        return out;
    }
}
