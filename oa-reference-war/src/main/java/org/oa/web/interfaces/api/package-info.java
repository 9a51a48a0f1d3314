/**
 * The Service Center's REST API at {@code /oa/api/v1/} (JAX-RS, JSON through JSON-B): claim files and JSON claims
 * in, File Summaries, acknowledgments, claim status and the payer list out, for the one practice whose bearer
 * token the request carries. Everything here only translates HTTP to the {@code application} layer; errors are
 * JSON and never carry a stack trace or claim data.
 */
package org.oa.web.interfaces.api;
