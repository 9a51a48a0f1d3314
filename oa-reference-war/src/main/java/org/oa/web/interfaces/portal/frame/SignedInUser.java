package org.oa.web.interfaces.portal.frame;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import org.oa.core.practice.PracticeId;
import org.oa.security.account.Role;

/**
 * Who is signed in to which portal, kept in the HTTP session under {@link #SESSION_KEY}. A session holds at most
 * one signed-in user for one portal. Holds no credential and no patient data.
 *
 * @param portal       the portal signed in to
 * @param accountId    the account's identifier
 * @param username     the normalised username
 * @param displayName  the name shown on the dashboard
 * @param practiceName the practice's name, or null for a patient account
 * @param practiceId   the practice's ID, or null for a patient account
 * @param role         the role acting in this portal
 * @param roleName     the same role as shown to the user
 * @param signedInAt   when the password was accepted; the absolute session limit counts from here
 */
public record SignedInUser(PortalSite portal, String accountId, String username, String displayName,
                           String practiceName, PracticeId practiceId, Role role, String roleName,
                           Instant signedInAt) implements Serializable {

    /** Session attribute holding the signed-in user. */
    public static final String SESSION_KEY = "oa.signedInUser";

    /** The user signed in to the current request's session, or null. For pages behind the access filter. */
    public static SignedInUser current() {
        return (SignedInUser) jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getSessionMap().get(SESSION_KEY);
    }

    /** The user signed in to the request's session, or null: for servlets behind the access filter. */
    public static SignedInUser of(jakarta.servlet.http.HttpServletRequest request) {
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        return session == null ? null : (SignedInUser) session.getAttribute(SESSION_KEY);
    }

    /**
     * The user signed in to the request's session if signed in to the portal whose path the request is for (the
     * servlet path), else null. Servlets and page beans check this themselves as well as the access filter, so a
     * mistake in the filter does not open one portal's data to another portal's session.
     */
    public static SignedInUser inPortalOf(jakarta.servlet.http.HttpServletRequest request) {
        SignedInUser user = of(request);
        java.util.Optional<PortalSite> site = PortalSite.containing(request.getServletPath());
        return user != null && site.isPresent() && user.portal() == site.get() ? user : null;
    }

    /** True when the user acts as a practice administrator in this session. */
    public boolean administrator() {
        return role == Role.PRACTICE_ADMIN;
    }

    public SignedInUser {
        Objects.requireNonNull(portal, "portal");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(roleName, "roleName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(signedInAt, "signedInAt");
    }
}
