/** HTTP concerns of every page: security headers. */
package org.oa.web.interfaces.web;
