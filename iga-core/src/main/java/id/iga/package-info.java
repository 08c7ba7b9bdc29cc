/**
 * What every package of the library shares: {@link id.iga.IgaException}, the one exception type, with the
 * {@link id.iga.Location} of a problem. This package depends on no other package of the library. The entry point for
 * rubric years is {@link id.iga.years.Rubrics}.
 */
@ParametersAreNonnullByDefault
package id.iga;

import javax.annotation.ParametersAreNonnullByDefault;
