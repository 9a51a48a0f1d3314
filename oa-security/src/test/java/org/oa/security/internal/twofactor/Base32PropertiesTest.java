package org.oa.security.internal.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class Base32PropertiesTest {

    @Property(tries = 1000, seed = "20261127")
    void decodingAnEncodingGivesTheBytesBack(@ForAll byte[] bytes) {
        String encoded = Base32.encode(bytes);
        assertThat(encoded).matches("[A-Z2-7]*");
        assertThat(Base32.decode(encoded)).isEqualTo(bytes);
    }
}
