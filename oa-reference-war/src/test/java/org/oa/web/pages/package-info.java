/**
 * Page objects of the browser tests: one class per page of the reference deployment that the tests drive, named
 * after the page the user sees. A page object knows the page's element IDs and how to wait for what a click
 * brings; the tests in {@code org.oa.web} read as the user's steps and keep every assertion. Nothing here asserts.
 */
package org.oa.web.pages;
