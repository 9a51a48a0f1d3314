/**
 * Patient Ally: what a signed-in patient may see of their own record.
 */
package org.oa.web.application.patientportal;
