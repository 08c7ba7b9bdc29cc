/** PLACEHOLDER_DOC */
@ParametersAreNonnullByDefault
package id.iga.score;

import javax.annotation.ParametersAreNonnullByDefault;
