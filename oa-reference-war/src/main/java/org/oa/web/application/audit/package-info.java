/**
 * What the audit trail records about patient data, and the anchors (checkpoints) that let it prove nothing was rewritten.
 */
package org.oa.web.application.audit;
