/**
 * Stage 3, evaluation (internal): facts become beans of their declared types, or groups of
 * them, in a rule session; what the rules record becomes one {@link org.plancheck.GoalResult}
 * per goal, with evidence ranked from each group's largest members.
 */
package org.plancheck.evaluation;
