package org.oa.core.internal.edit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.oa.core.identifier.Npi;

class FormatsPropertiesTest {

    @Property(tries = 300)
    void everyNpiWithComputedCheckDigitIsValidAndEveryOtherDigitIsNot(
            @ForAll @IntRange(min = 100_000_000, max = 299_999_999) int firstNine,
            @ForAll @IntRange(min = 0, max = 9) int wrongOffset) {
        String nine = Integer.toString(firstNine);
        int check = Npi.checkDigit(nine);
        assertThat(Npi.isValid(nine + check)).isTrue();
        if (wrongOffset != 0) {
            assertThat(Npi.isValid(nine + (check + wrongOffset) % 10)).isFalse();
        }
    }

    @Property(tries = 300)
    void taxonomyNeedsNineLettersOrDigitsThenX(@ForAll @StringLength(9) String prefix) {
        boolean allUpperOrDigit = prefix.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
        assertThat(Formats.isTaxonomy(prefix + "X")).isEqualTo(allUpperOrDigit);
        assertThat(Formats.isTaxonomy(prefix + "Y")).isFalse();
    }
}
