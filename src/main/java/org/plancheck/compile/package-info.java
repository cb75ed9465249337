/**
 * Stage 1, rule compilation (internal): reads rule files from a folder, the class path or
 * memory, compiles them in one batch with every declared type visible to every file, reads
 * the declared fact kinds ({@code @facts}, {@code @groups}) and the goal annotations back, and
 * keeps compiled rules in a cache. Every problem becomes a located {@link org.plancheck.RuleProblem}.
 */
package org.plancheck.compile;
