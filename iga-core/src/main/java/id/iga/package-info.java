/** PLACEHOLDER_DOC */
@ParametersAreNonnullByDefault
package id.iga;

import javax.annotation.ParametersAreNonnullByDefault;
