/**
 * Use cases of the reference deployment, one sub-package per business area (signin, account, audit, practice,
 * clearinghouse, payer, patientportal, demo), each use case in its own transaction,
 * called by the portal pages and later by the REST API. Speaks the libraries' domain, not JSF.
 */
package org.oa.web.application;
