/**
 * The test runner's reading side (internal): {@code expected.json} files, the expected outcomes
 * that {@link org.plancheck.TestCases} compares reports with.
 */
package org.plancheck.tester;
