/**
 * Stage 4, reports (internal): every form a report takes. For one fact set, the one JSON form
 * of a {@link org.plancheck.Report}, the table {@code evaluate} prints and the explanation of a
 * goal; for a batch, the six reports ({@link org.plancheck.report.BatchFormat}: text, JSON,
 * CSV, Markdown, HTML, JUnit XML) written atomically with their manifest
 * ({@link org.plancheck.report.BatchReports}). Words for people come from the catalogue of a
 * {@link org.plancheck.report.Lang}; each format has its one escaping helper.
 */
package org.plancheck.report;
