/**
 * IGA for Jackson 3: a databind module ({@link id.iga.jackson.IgaModule}) that makes an application's
 * {@code JsonMapper} write the library's results, plans, rankings, comparisons and submissions in the library's JSON
 * contract and read submissions as strictly as the library. Found by {@code MapperBuilder.findAndAddModules()}.
 */
module id.iga.jackson {
  requires transitive id.iga.core;
  requires transitive tools.jackson.databind;

  exports id.iga.jackson;

  provides tools.jackson.databind.JacksonModule with id.iga.jackson.IgaModule;
}
