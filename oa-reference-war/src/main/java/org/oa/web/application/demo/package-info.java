/**
 * The demo practice (oa.demo.enabled): what starts with the deployment, accounts, patients, coverages, office
 * hours, and the port to the outboxes of e-mails and text messages the demo shows instead of sending.
 */
package org.oa.web.application.demo;
