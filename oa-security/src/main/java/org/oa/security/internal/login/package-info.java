/**
 * The sign-in procedure behind {@link org.oa.security.login.Login}: lockout reservation before hashing, the
 * dummy hash for unknown usernames, the portal check, rehashing and auditing. Internal.
 */
package org.oa.security.internal.login;
