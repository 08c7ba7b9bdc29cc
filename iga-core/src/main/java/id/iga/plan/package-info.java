/**
 * Improvement plans: the cheapest level steps (and, when allowed, new innovations) that bring a region's IID to a
 * target ({@link id.iga.plan.Planner#plan}), and the cheapest steps that bring each innovation to a local maturity
 * threshold ({@link id.iga.plan.Planner#readiness}). Every plan is provably optimal for its cost and every number in
 * it is exact: applying a plan to the submission and scoring it gives the IID the plan predicts.
 */
@ParametersAreNonnullByDefault
package id.iga.plan;

import javax.annotation.ParametersAreNonnullByDefault;
