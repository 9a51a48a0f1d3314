package org.oa.security.recovery;

import java.util.List;
import java.util.UUID;
import org.oa.security.account.AccountId;

/**
 * "Remember this device": a token in a cookie lets the account skip the second factor on that device for 30
 * days. Obtained from {@link org.oa.security.OaSecurity#rememberedDevices()}; thread-safe.
 */
public interface RememberedDevices {

    /**
     * @param account the account that just passed its second factor
     * @param label   a short description shown in the device list (e.g. "Firefox on Windows"), at most 200
     *                characters
     * @return the token for the cookie (shown once) and the device entry
     */
    DeviceToken remember(AccountId account, String label);

    /**
     * @param account the account signing in
     * @param token   the cookie value
     * @return {@code true} when the token belongs to this account, is not expired and not revoked
     */
    boolean isRemembered(AccountId account, String token);

    /**
     * @param account the account
     * @return its devices that are neither expired nor revoked, newest first
     */
    List<RememberedDevice> list(AccountId account);

    /**
     * @param account the account
     * @param device  the device entry
     * @return {@code true} when it was active and is now revoked
     */
    boolean revoke(AccountId account, UUID device);

    /**
     * @param account the account (e.g. after a password change)
     * @return how many devices were revoked
     */
    int revokeAll(AccountId account);
}
