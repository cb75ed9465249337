/**
 * Stage 4, reports (internal): the one JSON form of a {@link org.plancheck.Report}, which the
 * command line's batch reports embed. The human-readable formats live with the command line.
 */
package org.plancheck.report;
