/**
 * The clearinghouse loop: claim files in (upload, SFTP, API), front-end edits, File Summary, 999 and 277CA, Manage Claims, Claim Fix, Online Claim Entry, ERAs.
 */
package org.oa.web.application.clearinghouse;
