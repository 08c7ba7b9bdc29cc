/** A fixture year module, for the architecture rules: its provider and package-info are allowed, nothing else. */
@ParametersAreNonnullByDefault
package id.iga.rubric.y1999;

import javax.annotation.ParametersAreNonnullByDefault;
