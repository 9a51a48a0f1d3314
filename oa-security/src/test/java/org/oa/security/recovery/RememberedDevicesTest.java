package org.oa.security.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oa.security.Fixtures;
import org.oa.security.OaSecurity;
import org.oa.security.TestDatabases;
import org.oa.security.TestDatabases.MutableClock;
import org.oa.security.account.AccountId;
import org.oa.security.account.Role;

class RememberedDevicesTest {

    private final MutableClock clock = new MutableClock();
    private OaSecurity security;
    private AccountId id;
    private AccountId other;

    @BeforeEach
    void setUp() {
        security = OaSecurity.builder().dataSource(TestDatabases.derby()).hashParameters(TestDatabases.FAST)
                .clock(clock).build();
        security.migrate();
        id = security.accounts().create(Fixtures.staff("device.owner", Role.CLINICIAN));
        other = security.accounts().create(Fixtures.staff("someone.else", Role.CLINICIAN));
    }

    @Test
    void remembersADeviceForThirtyDays() {
        DeviceToken token = security.rememberedDevices().remember(id, "Firefox on Windows");
        assertThat(token.toString()).doesNotContain(token.token());
        clock.advance(Duration.ofDays(30).minusSeconds(1));
        assertThat(security.rememberedDevices().isRemembered(id, token.token())).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(security.rememberedDevices().isRemembered(id, token.token())).isFalse();
        assertThat(security.rememberedDevices().list(id)).isEmpty();
    }

    @Test
    void aTokenOnlyWorksForItsOwnAccount() {
        DeviceToken token = security.rememberedDevices().remember(id, "Laptop");
        assertThat(security.rememberedDevices().isRemembered(other, token.token())).isFalse();
        assertThat(security.rememberedDevices().isRemembered(id, "forged")).isFalse();
        assertThat(security.rememberedDevices().isRemembered(id, null)).isFalse();
    }

    @Test
    void listsAndRevokesDevices() {
        DeviceToken laptop = security.rememberedDevices().remember(id, "Laptop");
        clock.advance(Duration.ofMinutes(1));
        DeviceToken phone = security.rememberedDevices().remember(id, "Phone");
        clock.advance(Duration.ofMinutes(1));
        security.rememberedDevices().isRemembered(id, laptop.token());

        assertThat(security.rememberedDevices().list(id)).extracting(RememberedDevice::label)
                .containsExactly("Phone", "Laptop");
        assertThat(security.rememberedDevices().list(id).get(1).lastUsedAt()).isEqualTo(clock.instant());

        assertThat(security.rememberedDevices().revoke(id, laptop.device().id())).isTrue();
        assertThat(security.rememberedDevices().revoke(other, phone.device().id())).isFalse();
        assertThat(security.rememberedDevices().isRemembered(id, laptop.token())).isFalse();
        assertThat(security.rememberedDevices().list(id)).extracting(RememberedDevice::label).containsExactly("Phone");
        assertThat(security.rememberedDevices().revokeAll(id)).isEqualTo(1);
        assertThat(security.rememberedDevices().isRemembered(id, phone.token())).isFalse();
    }
}
