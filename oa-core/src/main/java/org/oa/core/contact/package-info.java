/**
 * Contact data shared by patients, subscribers and billing providers: postal addresses. Values here hold what
 * was entered or submitted; their formats (nine-digit ZIP, no PO box) are checked by front-end edits.
 */
package org.oa.core.contact;
