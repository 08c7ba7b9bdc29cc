/**
 * JMH benchmarks of the scoring engine against a hand-written floor, and of the JSON dataset reader against a bare
 * Jackson pass, on the generated national dataset of the 415 kabupaten (see benchmarks/README.md).
 */
@ParametersAreNonnullByDefault
package id.iga.benchmarks;

import javax.annotation.ParametersAreNonnullByDefault;
