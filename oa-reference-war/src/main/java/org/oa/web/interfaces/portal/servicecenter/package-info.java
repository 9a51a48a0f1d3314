/** Pages of the Service Center (the clearinghouse portal for billers): payer lookup, and later upload and claims. */
package org.oa.web.interfaces.portal.servicecenter;
