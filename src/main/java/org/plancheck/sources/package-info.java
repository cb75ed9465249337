/**
 * Stage 2, fact sources (internal): CSV folders and JSON files or streams read as strict UTF-8
 * within the {@link org.plancheck.Limits}, and database tables read over JDBC, each value checked
 * against its declared field where it stands, references checked across the fact set, and fact
 * sets written back as CSV. Partitioned registers (a table per kind, a fact set per combination
 * of {@code key=value} folders) are laid out by {@code RegisterLayout} and read by {@code
 * RegisterReader}, CSV part files here and Parquet ones by the Spark engine's reader. A new input format is a reader here that turns its records into
 * {@code Row}s.
 */
package org.plancheck.sources;
