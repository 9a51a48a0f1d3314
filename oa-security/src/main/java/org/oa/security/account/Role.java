package org.oa.security.account;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** A role an account holds; each role opens one or more {@link Portal portals}. */
public enum Role {
    /** Works claims in the Service Center. */
    BILLER(EnumSet.of(Portal.SERVICE_CENTER)),
    /** Schedules and checks in patients in Practice Mate. */
    FRONT_DESK(EnumSet.of(Portal.PRACTICE_MATE)),
    /** Documents care in the EHR. */
    CLINICIAN(EnumSet.of(Portal.EHR)),
    /** A patient using the patient portal; accounts with this role have no practice. */
    PATIENT(EnumSet.of(Portal.PATIENT)),
    /** Administers a practice in the Service Center and in Practice Mate. */
    PRACTICE_ADMIN(EnumSet.of(Portal.SERVICE_CENTER, Portal.PRACTICE_MATE));

    private final Set<Portal> portals;

    Role(EnumSet<Portal> portals) {
        this.portals = Collections.unmodifiableSet(portals);
    }

    /** @return the portals this role may sign in to, never empty */
    public Set<Portal> portals() {
        return portals;
    }

    /**
     * @param roles  the roles an account holds
     * @param portal the portal being signed in to
     * @return the subset of {@code roles} that open {@code portal}, possibly empty
     */
    public static Set<Role> openingPortal(Set<Role> roles, Portal portal) {
        EnumSet<Role> result = EnumSet.noneOf(Role.class);
        for (Role role : roles) {
            if (role.portals.contains(portal)) {
                result.add(role);
            }
        }
        return Collections.unmodifiableSet(result);
    }
}
