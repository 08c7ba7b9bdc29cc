/**
 * Seeded, deterministic generators of valid rubrics and submissions, and the edits a property test needs (raise one
 * answer, shuffle, corrupt), in plain Java so that any property-testing tool can drive them: the same seed always
 * gives the same output.
 */
@ParametersAreNonnullByDefault
package id.iga.generate;

import javax.annotation.ParametersAreNonnullByDefault;
