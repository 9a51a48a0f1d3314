/**
 * The {@code oa-edi-cli.jar} command line ({@code validate}, {@code json}); {@code validate} also maps 837 claims to
 * OA core claims and runs OA core's front-end edits on them. Not exported: it is used through {@code java -jar},
 * and it only calls the public API of this module and of OA core.
 */
package org.oa.edi.internal.cli;
