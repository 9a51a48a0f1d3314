package org.oa.edi.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DelimitersTest {

    @Test
    void printableBlanksDelimitersControlAndNonAsciiCharactersAndKeepsTheRest() {
        assertThat(Delimiters.DEFAULT.printable("O'NEIL*SMITH:JR~\tÉ^")).isEqualTo("O'NEIL SMITH JR    ");
        assertThat(new Delimiters('|', '^', '>', '\n').printable("A*B|C")).isEqualTo("A*B C");
        assertThat(Delimiters.DEFAULT.printable("")).isEmpty();
    }
}
