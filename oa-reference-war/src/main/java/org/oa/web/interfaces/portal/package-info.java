/**
 * The four portals' pages, one sub-package per part a reader looks for: {@code frame} (what every page stands in:
 * access rules, the visitor's session, menu, sign out, idle warning), {@code signin}, {@code account}, {@code admin},
 * and one package per portal ({@code servicecenter}, {@code patient}; {@code practicemate} and {@code ehr} when
 * their pages come). Portal packages never depend on each other; the frame depends on none of them.
 */
package org.oa.web.interfaces.portal;
