/**
 * Stage 1, fact storage (internal): the facts of a kind held by column, compact enough for
 * millions of rows and laid out for grouping to read one field of every fact in a row, and the
 * sinks a reader gives each fact to as it reads ({@link org.plancheck.facts.FactSink}; {@link
 * org.plancheck.facts.SplittableSink} for a file read in parts at once). The public face of a
 * stored fact is still {@link org.plancheck.Fact}.
 */
package org.plancheck.facts;
