/**
 * The {@code iga} command line: it parses arguments, calls the library and formats its results. Every number it prints
 * is computed by iga-core.
 */
@ParametersAreNonnullByDefault
package id.iga.cli;

import javax.annotation.ParametersAreNonnullByDefault;
