package id.iga.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code iga --version}: the version of the project, written once in the POM and put by Maven into
 * {@code id/iga/cli/version.properties} when it builds the command line.
 */
final class Version implements IVersionProvider {
  /** @return the project's version, e.g. {@code 1.0.0} */
  static String number() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("id/iga/cli/version.properties is missing from the command line's jar");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version");
  }

  @Override
  public String[] getVersion() {
    return new String[] {"iga " + number()};
  }
}
