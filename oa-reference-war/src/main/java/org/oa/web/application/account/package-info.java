/**
 * What a signed-in user changes about their own account: security settings, SFTP credentials, API tokens, and the e-mails that tell the owner of each change.
 */
package org.oa.web.application.account;
