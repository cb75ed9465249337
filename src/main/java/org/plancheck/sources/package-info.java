/**
 * Stage 2, fact sources (internal): CSV folders and JSON files or streams read as strict UTF-8
 * within the {@link org.plancheck.Limits}, and database tables read over JDBC, each value checked
 * against its declared field where it stands, references checked across the fact set, and fact
 * sets written back as CSV. A new input format is a reader here that turns its records into
 * {@code Row}s.
 */
package org.plancheck.sources;
