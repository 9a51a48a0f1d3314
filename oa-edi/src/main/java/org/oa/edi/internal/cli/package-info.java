/**
 * The {@code oa-edi-cli.jar} command line ({@code validate}, {@code json}). Not exported: it is used through
 * {@code java -jar}, and it only calls the public API of the module.
 */
package org.oa.edi.internal.cli;
