/**
 * The frame every portal page stands in: which portal a page belongs to and who may open it (PortalPages, PortalAccess, the filter and the @PortalPage interceptor), the visitor's sign-in state in the session, the menu, sign out and the idle warning, the shared sign-in pages.
 */
package org.oa.web.interfaces.portal.frame;
