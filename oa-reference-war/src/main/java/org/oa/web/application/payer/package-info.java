/**
 * Payers: the payer list, enrollments, batches sent to payers and what they send back.
 */
package org.oa.web.application.payer;
