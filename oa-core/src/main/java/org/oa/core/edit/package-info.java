/**
 * Front-end edits: the rules a claim must pass before the clearinghouse forwards it. Run them with
 * {@link org.oa.core.edit.FrontEndEdits}; each failure is an {@link org.oa.core.edit.EditFailure} with a code,
 * a severity, the path of the blamed field, a message and a hint a biller understands. Failing edits are
 * return values, never exceptions. {@link org.oa.core.edit.FrontEndEdits#standardRules()} lists the built-in rules.
 */
package org.oa.core.edit;
