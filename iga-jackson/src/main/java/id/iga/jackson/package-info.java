/**
 * The Jackson 3 ({@code tools.jackson}) databind module of the IGA library: {@link id.iga.jackson.IgaModule}.
 *
 * <p>Every value is written by the library's own writer ({@code id.iga.json}) and every submission read by the
 * library's own reader, so that an application's mapper and the library can never disagree on the format.
 */
@ParametersAreNonnullByDefault
package id.iga.jackson;

import javax.annotation.ParametersAreNonnullByDefault;
