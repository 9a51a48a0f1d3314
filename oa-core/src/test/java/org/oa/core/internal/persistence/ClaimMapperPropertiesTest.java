package org.oa.core.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class ClaimMapperPropertiesTest {

    @Property(tries = 500)
    void anyListOfSubmittedModifiersSurvivesTheColumnEncoding(@ForAll @Size(max = 6) List<String> modifiers) {
        assertThat(ClaimMapper.split(ClaimMapper.join(modifiers))).isEqualTo(modifiers);
    }
}
