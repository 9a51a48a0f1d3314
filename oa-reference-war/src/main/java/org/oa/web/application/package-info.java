/**
 * Use cases of the reference deployment, one sub-package per business area (signin, account, audit, practice,
 * clearinghouse, payer, patientportal, demo), each use case in its own transaction,
 * called by the portal pages and later by the REST API. Speaks the libraries' domain, not JSF. This package
 * declares the ports the use cases need from outside ({@link org.oa.web.application.Repositories},
 * {@link org.oa.web.application.Mail}, {@link org.oa.web.application.DataFolder}; an area declares its own, such as
 * the payer connection); the infrastructure implements them. Nothing here imports the infrastructure or JPA.
 */
package org.oa.web.application;
