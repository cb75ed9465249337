/**
 * Stage 5, batch and engines: many fact sets against one compiled rule base. An engine
 * ({@link org.plancheck.batch.BatchEngine}, found by {@link org.plancheck.batch.BatchEngines})
 * turns a {@link org.plancheck.batch.BatchJob} into one entry per fact set, a report or the
 * located error that stopped it, the same whichever engine ran: the local thread pool here,
 * Spark in {@code org.plancheck.spark}, or one a host adds through ServiceLoader. The reports
 * of a {@link org.plancheck.batch.BatchResult} are written by {@code org.plancheck.report}.
 */
package org.plancheck.batch;
