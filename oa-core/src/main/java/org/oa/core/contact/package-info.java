/**
 * Contact data shared by patients, subscribers and billing providers: postal addresses and telephone numbers.
 * An {@link org.oa.core.contact.Address} holds what was entered or submitted (its formats, such as a nine-digit
 * ZIP or no PO box, are checked by front-end edits); a {@link org.oa.core.contact.Phone} is always ten digits.
 */
package org.oa.core.contact;
