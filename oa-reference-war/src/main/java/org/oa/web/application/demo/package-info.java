/**
 * The demo practice (oa.demo.enabled): accounts, patients, coverages, office hours, and the outboxes of e-mails and text messages the demo shows instead of sending.
 */
package org.oa.web.application.demo;
