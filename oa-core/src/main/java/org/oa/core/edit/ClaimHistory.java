package org.oa.core.edit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimId;
import org.oa.core.claim.ServiceLine;
import org.oa.core.patient.PatientId;

/**
 * The claims a practice already sent, as the duplicate-claim edit needs them. The caller implements it over
 * its store (one practice only). Implementations must be thread-safe when shared between edit runs.
 */
@FunctionalInterface
public interface ClaimHistory {

    /**
     * What makes two services the same: patient, date of service, procedure and charge.
     *
     * @param patientId     the patient
     * @param serviceDate   first date of service of the line
     * @param procedureCode procedure code
     * @param charge        line charge, scale 2
     */
    record ServiceKey(PatientId patientId, LocalDate serviceDate, String procedureCode, BigDecimal charge) {
        public ServiceKey {
            Objects.requireNonNull(patientId, "service key patientId");
            Objects.requireNonNull(serviceDate, "service key serviceDate");
            Objects.requireNonNull(procedureCode, "service key procedureCode");
            Objects.requireNonNull(charge, "service key charge");
        }

        /** Returns the key of {@code line} of {@code claim}, or null when the line has no service date. */
        public static ServiceKey of(Claim claim, ServiceLine line) {
            return line.serviceFrom() == null ? null
                    : new ServiceKey(claim.patient().id(), line.serviceFrom(), line.procedureCode(), line.charge());
        }

        @Override
        public String toString() {
            return "ServiceKey[procedure=" + procedureCode + "]";
        }
    }

    /** Returns the ID of another claim (not {@code claim}) of the practice with this service, or null if none. */
    ClaimId findOtherClaimWith(ServiceKey key, ClaimId claim);

    /**
     * Returns a history for checking many services, e.g. all of a file's claims, with fewer round trips to the
     * store (for example one query per patient, remembered). It answers for any key, and may not see claims
     * stored after it was made: use it for one unit of work. The default returns this history.
     */
    default ClaimHistory forKeys(Collection<ServiceKey> keys) {
        return this;
    }

    /** Returns a history with no claims. */
    static ClaimHistory none() {
        return (key, claim) -> null;
    }

    /** Returns an immutable in-memory history of these claims; for tests and small embedders. */
    static ClaimHistory of(Collection<Claim> claims) {
        Map<ServiceKey, ClaimId> first = new HashMap<>();
        Map<ServiceKey, ClaimId> second = new HashMap<>();
        for (Claim c : claims) {
            for (ServiceLine line : c.serviceLines()) {
                ServiceKey key = ServiceKey.of(c, line);
                if (key != null) {
                    ClaimId existing = first.putIfAbsent(key, c.id());
                    if (existing != null && !existing.equals(c.id())) {
                        second.putIfAbsent(key, c.id());
                    }
                }
            }
        }
        return (key, claim) -> {
            ClaimId id = first.get(key);
            if (id != null && id.equals(claim)) {
                id = second.get(key);
            }
            return id;
        };
    }
}
