package org.oa.web.interfaces.portal.servicecenter;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.oa.security.apitoken.ApiToken;
import org.oa.security.apitoken.IssuedApiToken;
import org.oa.web.application.account.ApiTokens;
import org.oa.web.interfaces.portal.frame.PortalPage;
import org.oa.web.interfaces.portal.frame.PortalSite;
import org.oa.web.interfaces.portal.frame.SignedInUser;

/**
 * Backs the Service Center's API tokens page (practice administrators only): list the practice's tokens, issue
 * one (shown once), revoke one. The access filter keeps other users out; this bean refuses them too.
 */
@PortalPage(value = PortalSite.SERVICE_CENTER, administrator = true, stepUp = true)
@Named("serviceCenterApiTokensPage")
@RequestScoped
public class ApiTokensPage {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Inject
    ApiTokens apiTokens;

    private String label;
    private IssuedApiToken issued;
    private List<Row> rows;

    /**
     * One token as the page lists it.
     *
     * @param id       the token's identifier (not the token)
     * @param label    its label
     * @param created  when it was issued
     * @param lastUsed when it last opened the API, or "never"
     */
    public record Row(String id, String label, String created, String lastUsed) {
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    /** The token just issued, shown once; null otherwise. */
    public IssuedApiToken getIssued() {
        return issued;
    }

    /** The practice's working tokens, newest first. */
    public List<Row> getRows() {
        if (rows == null) {
            SignedInUser user = administrator();
            rows = user == null ? List.of() : apiTokens.list(user.practiceId()).stream().map(ApiTokensPage::row)
                    .toList();
        }
        return rows;
    }

    public void issue() {
        SignedInUser user = administrator();
        if (user == null) {
            return;
        }
        try {
            issued = apiTokens.issue(user.practiceId(), label == null ? "" : label, user.accountId());
            label = null;
            rows = null;
        } catch (IllegalArgumentException e) {
            message(FacesMessage.SEVERITY_ERROR, "Give the token a label of 1 to 100 characters, e.g. "
                    + "\"EHR integration\".");
        }
    }

    public void revoke(String tokenId) {
        SignedInUser user = administrator();
        if (user == null) {
            return;
        }
        boolean revoked = apiTokens.revoke(user.practiceId(), tokenId, user.accountId());
        rows = null;
        message(FacesMessage.SEVERITY_INFO, revoked ? "The token was revoked: it no longer works."
                : "That token was already revoked.");
    }

    private static Row row(ApiToken token) {
        return new Row(token.id().toString(), token.label(), SHOWN.format(token.createdAt()),
                token.lastUsedAt() == null ? "never" : SHOWN.format(token.lastUsedAt()));
    }

    /** The signed-in practice administrator, or null (with a message) for anyone else. */
    private static SignedInUser administrator() {
        SignedInUser user = SignedInUser.current();
        if (user == null || !user.administrator() || user.practiceId() == null) {
            message(FacesMessage.SEVERITY_ERROR, "Only the practice's administrators manage API tokens.");
            return null;
        }
        return user;
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
