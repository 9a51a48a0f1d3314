package org.oa.web.interfaces.portal.frame;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.faces.context.FacesContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** Applies {@link PortalPage} to every call into a page bean. */
@PortalPage
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class PortalPageInterceptor implements Serializable {

    private static final long serialVersionUID = 1L;

    @AroundInvoke
    public Object check(InvocationContext call) throws Exception {
        PortalPage rule = ruleOf(call.getMethod().getDeclaringClass());
        FacesContext faces = FacesContext.getCurrentInstance();
        if (rule == null) {
            return call.proceed();
        }
        if (faces == null) {
            throw new AccessRefused("page bean called outside a page request");
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        String refusal = refusal(rule, SignedInUser.of(request), PortalSite.containing(request.getServletPath()),
                request.getSession(false));
        if (refusal != null) {
            throw new AccessRefused(refusal);
        }
        return call.proceed();
    }

    private static PortalPage ruleOf(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            PortalPage rule = c.getAnnotation(PortalPage.class);
            if (rule != null) {
                return rule;
            }
        }
        return null;
    }

    /** Why the call is refused, or null when it may go ahead. */
    static String refusal(PortalPage rule, SignedInUser user, Optional<PortalSite> pageSite, HttpSession session) {
        if (user == null) {
            return "not signed in";
        }
        if (pageSite.isEmpty() || user.portal() != pageSite.get()) {
            return "signed in to another portal";
        }
        if (rule.value().length > 0 && Arrays.stream(rule.value()).noneMatch(site -> site == user.portal())) {
            return "not a page of this portal";
        }
        if (rule.administrator() && !user.administrator()) {
            return "not a practice administrator";
        }
        if (rule.stepUp() && (session == null || !StepUp.fresh(session, Instant.now()))) {
            return "no recent step-up";
        }
        return null;
    }
}
