/** PLACEHOLDER_DOC */
@ParametersAreNonnullByDefault
package id.iga.generate;

import javax.annotation.ParametersAreNonnullByDefault;
