/**
 * A seeded fuzz test: documents and dataset lines made from the examples and the generators, mutated one way each, and
 * fed through every public reader of submissions, every year's scorer and planner, and the result writers.
 */
@ParametersAreNonnullByDefault
package id.iga.fuzz;

import javax.annotation.ParametersAreNonnullByDefault;
