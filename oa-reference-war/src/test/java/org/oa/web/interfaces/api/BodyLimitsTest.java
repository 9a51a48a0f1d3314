package org.oa.web.interfaces.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class BodyLimitsTest {

    @Test
    void x12TextIsRecognisedAndBinaryIsNot() {
        assertThat(BodyLimits.looksLikeX12("ISA*00*          *00~".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(BodyLimits.looksLikeX12("\r\n ISA*00".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(BodyLimits.looksLikeX12(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})).isFalse();
        assertThat(BodyLimits.looksLikeX12(new byte[] {'I', 'S', 'A', '*', 0})).isFalse();
        assertThat(BodyLimits.looksLikeX12("GS*HC".getBytes(StandardCharsets.US_ASCII))).isFalse();
    }

    @Test
    void nestingIsCountedOutsideStringsOnly() {
        assertThat(BodyLimits.nestingDeeperThan("[{\"a\":[1]}]", 3)).isFalse();
        assertThat(BodyLimits.nestingDeeperThan("[{\"a\":[[1]]}]", 3)).isTrue();
        assertThat(BodyLimits.nestingDeeperThan("[\"[[[[[[\\\"[[[[\"]", 2)).isFalse();
        assertThat(BodyLimits.nestingDeeperThan("[".repeat(100_000), 16)).isTrue();
    }
}
