/**
 * Per-practice API tokens for the REST API: a random 256-bit token shown once, stored only as its SHA-256
 * hash, listed with its label and last use, revoked by the practice's administrator. The REST layer in the WAR
 * calls {@link org.oa.security.apitoken.ApiTokens#authenticate} on every request. Nothing here knows HTTP.
 */
package org.oa.security.apitoken;
