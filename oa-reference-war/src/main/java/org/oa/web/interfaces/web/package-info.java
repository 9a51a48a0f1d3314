/**
 * HTTP concerns of every request: security headers, the same-origin check of state-changing requests, session
 * IDs only in cookies. No business logic here.
 */
package org.oa.web.interfaces.web;
