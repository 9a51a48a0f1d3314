package org.oa.web.application.signin;

import org.oa.security.account.Role;

/** The names of roles as users read them. */
public final class RoleNames {

    private RoleNames() {
    }

    /** The display name of a role given by its enum name, e.g. {@code PRACTICE_ADMIN}. */
    public static String of(String roleName) {
        return of(Role.valueOf(roleName));
    }

    public static String of(Role role) {
        return switch (role) {
            case BILLER -> "Biller";
            case FRONT_DESK -> "Front desk";
            case CLINICIAN -> "Clinician";
            case PATIENT -> "Patient";
            case PRACTICE_ADMIN -> "Practice administrator";
        };
    }
}
