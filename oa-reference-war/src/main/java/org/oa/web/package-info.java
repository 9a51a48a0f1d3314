/**
 * The OA reference deployment: the four portals (JSF), later the REST API and the SFTP server, assembled from
 * the OA libraries on Payara Micro. Only this module knows about CDI, JSF, JAX-RS and Payara.
 */
package org.oa.web;
