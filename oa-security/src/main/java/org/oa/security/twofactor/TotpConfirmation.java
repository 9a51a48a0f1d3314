package org.oa.security.twofactor;

import java.util.List;

/** The result of {@link TwoFactor#confirmTotp}. */
public sealed interface TotpConfirmation {

    /**
     * The app is enrolled.
     *
     * @param recoveryCodes show these once; they are stored only as hashes
     */
    record Confirmed(List<String> recoveryCodes) implements TotpConfirmation {
        /** Copies the list. */
        public Confirmed {
            recoveryCodes = List.copyOf(recoveryCodes);
        }

        @Override
        public String toString() {
            return "Confirmed[" + recoveryCodes.size() + " recovery codes]";
        }
    }

    /**
     * Nothing changed.
     *
     * @param reason why
     */
    record Refused(SecondFactorRefusal reason) implements TotpConfirmation {
    }
}
