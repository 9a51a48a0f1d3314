/**
 * Patients, subscribers and their coverage. Everything here is protected health information: records override
 * {@code toString()} so that names, birth dates and member IDs never reach a log or an exception message.
 */
package org.oa.core.patient;
