/**
 * The library's entry points: {@link id.iga.Rubrics}, the facade that finds rubric years at run time, and
 * {@link id.iga.IgaException}, the one exception type, with the {@link id.iga.Location} of a problem.
 */
@ParametersAreNonnullByDefault
package id.iga;

import javax.annotation.ParametersAreNonnullByDefault;
