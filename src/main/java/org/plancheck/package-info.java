/**
 * plancheck's public API: compile a plan's rules folder into an {@link org.plancheck.Evaluator},
 * read fact sets against the kinds the rules declare ({@link org.plancheck.FactSets}, {@link
 * org.plancheck.DatabaseFactSets}, {@link org.plancheck.FactSchema}), evaluate them into {@link
 * org.plancheck.Report}s, and run test cases ({@link org.plancheck.TestCases}). Every error is a
 * {@link org.plancheck.PlancheckException} that points to a place.
 *
 * <p>The sub-packages are the stages behind this API, in the order data flows through them:
 * {@code compile} (rule files to a knowledge base, goals and declarations), {@code sources}
 * (fact files and streams to facts), {@code evaluation} (facts to rule-engine objects and goal
 * results), {@code report} (results to JSON), {@code tester} (expected outcomes) and {@code
 * cli} (the command line, which uses only this package). They are public for one another, not
 * for embedding programs, and may change in any release.
 */
package org.plancheck;
