/**
 * Use cases of the reference deployment (signing in, creating demo data), each in its own transaction,
 * called by the portal pages and later by the REST API. Speaks the libraries' domain, not JSF.
 */
package org.oa.web.application;
