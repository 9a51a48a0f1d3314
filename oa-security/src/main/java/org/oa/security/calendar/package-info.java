/**
 * Secret tokens for reading a provider's iCalendar feed: a phone subscribes to a URL that holds the token, so the
 * token is the credential. One token per account and provider, 256 random bits shown once, stored only as its
 * SHA-256 hash; regenerating it revokes the old URL. Nothing here knows HTTP or iCalendar.
 */
package org.oa.security.calendar;
