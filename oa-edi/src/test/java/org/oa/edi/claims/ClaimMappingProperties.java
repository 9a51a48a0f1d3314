package org.oa.edi.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.oa.edi.X12Samples;
import org.oa.edi.document.ClaimTransaction;
import org.oa.edi.validation.X12Validator;

/** Mapping never throws on damaged 837s: each claim is either mapped or carries at least one error. */
class ClaimMappingProperties {

    private static final List<String> VALUES = List.of("", "ABC", "-1", "1.005", "0", "99999999999", "A:B", "U",
            "20261399", "X X");

    @Property(tries = 300)
    void everyClaimOfADamagedFileIsMappedOrHasAnError(@ForAll("damaged") String file) {
        for (ClaimTransaction tx : ClaimMapping.claimTransactions(X12Validator.newValidator()
                .read(X12Samples.stream(file)))) {
            List<MappedClaim> mapped = ClaimMapping.toCore(tx, MappingContext.forPractice(CoreClaims.PRACTICE));
            assertThat(mapped).hasSameSizeAs(tx.claims());
            assertThat(mapped).allSatisfy(m -> assertThat(m.mapped() || m.problems().stream()
                    .anyMatch(MappingProblem::isError)).isTrue());
        }
    }

    @Provide
    Arbitrary<String> damaged() {
        Arbitrary<Boolean> institutional = Arbitraries.of(true, false);
        return institutional.flatMap(inst -> {
            List<String> body = inst ? X12Samples.institutionalBody() : X12Samples.professionalBody();
            return Arbitraries.integers().between(1, body.size() - 1).list().ofMinSize(1).ofMaxSize(3)
                    .flatMap(segments -> Arbitraries.integers().between(1, 6).list().ofSize(segments.size())
                            .flatMap(elements -> Arbitraries.of(VALUES).list().ofSize(segments.size())
                                    .map(values -> {
                                        List<String> copy = inst ? X12Samples.institutionalBody()
                                                : X12Samples.professionalBody();
                                        for (int i = 0; i < segments.size(); i++) {
                                            copy.set(segments.get(i), replace(copy.get(segments.get(i)),
                                                    elements.get(i), values.get(i)));
                                        }
                                        return X12Samples.interchange("837", inst ? "005010X223A2"
                                                : "005010X222A1", copy);
                                    })));
        });
    }

    private static String replace(String segment, int element, String value) {
        String[] parts = segment.split("\\*", -1);
        if (element < parts.length) {
            parts[element] = value;
        }
        return String.join("*", parts);
    }
}
