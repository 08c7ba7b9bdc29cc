/**
 * The rubric model: indicators (scorecard characteristics) with weights and three levels chosen by
 * predicates over facts, predikat bands, the formula's parameters, the provenance of every fact, the rubric-year SPI
 * ({@link id.iga.rubric.RubricProvider}) and a lint of overlapping or uncovered thresholds.
 */
@ParametersAreNonnullByDefault
package id.iga.rubric;

import javax.annotation.ParametersAreNonnullByDefault;
