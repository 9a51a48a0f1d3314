package org.oa.web.interfaces.portal.frame;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a page bean that shows or changes a practice's data: every call into it first checks, on its own, that the
 * request's session is signed in to the portal of the page being served (and to one of {@link #value()} when
 * given), as practice administrator when {@link #administrator()}, and with a fresh step-up when
 * {@link #stepUp()}. A refusal is a 403 page ({@link AccessRefused}). This repeats the access filter's decision
 * where the data is served, so that a filter mistake is not a breach.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PortalPage {

    /** The portals whose pages use this bean; empty for any portal (the page's own portal is always checked). */
    @Nonbinding
    PortalSite[] value() default {};

    /** Only for a practice administrator. */
    @Nonbinding
    boolean administrator() default false;

    /** Only within the step-up window ({@link StepUp}). */
    @Nonbinding
    boolean stepUp() default false;
}
