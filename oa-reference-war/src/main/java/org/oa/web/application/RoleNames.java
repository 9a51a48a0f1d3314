package org.oa.web.application;

import org.oa.security.account.Role;

/** The names of roles as users read them. */
final class RoleNames {

    private RoleNames() {
    }

    static String of(Role role) {
        return switch (role) {
            case BILLER -> "Biller";
            case FRONT_DESK -> "Front desk";
            case CLINICIAN -> "Clinician";
            case PATIENT -> "Patient";
            case PRACTICE_ADMIN -> "Practice administrator";
        };
    }
}
