package org.replyletter.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Standard input for {@code validate -}, or a stream that fails with an I/O error if the command was
 * started with standard input closed ({@code validate - <&-}).
 *
 * <p>With file descriptor 0 closed, the first file the JVM opens itself gets that number: on Linux
 * with OpenJDK 17, {@code lib/modules} of the Java installation (a 100 MB file), so {@link System#in}
 * would read Java's own class library as the letter. On Linux, {@code /proc/self/fd/0} names the file
 * behind descriptor 0; one inside the Java installation or on the class path (the tool's jar) was not
 * given by the caller. Elsewhere, without {@code /proc}, standard input is taken as it is.
 */
final class StandardInput {
  private StandardInput() {}

  /** Where Linux shows the file behind descriptor 0. */
  private static final Path FD0 = Path.of("/proc/self/fd/0");

  /** {@link System#in}, or if standard input was closed, a stream whose reads fail saying so. */
  static InputStream open() {
    String own = javaOwnFile(FD0, System.getProperty("java.home"), System.getProperty("java.class.path"));
    return own == null ? System.in : new Closed(own);
  }

  /**
   * The file descriptor {@code fd} (a {@code /proc/self/fd/N} link) refers to if it is one of Java's
   * own files, in {@code javaHome} or on {@code classPath}; null if not, or if that cannot be told.
   */
  static String javaOwnFile(Path fd, String javaHome, String classPath) {
    Path target;
    try {
      target = Files.readSymbolicLink(fd);
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return null; // no /proc (not Linux), or not allowed: take standard input as it is
    }
    if (!target.isAbsolute()) {
      return null; // pipe:[…], socket:[…], anon_inode:…
    }
    if (javaHome != null && !javaHome.isEmpty() && target.startsWith(realPath(Path.of(javaHome)))) {
      return target.toString();
    }
    if (classPath != null) {
      for (String entry : classPath.split(java.io.File.pathSeparator)) {
        if (!entry.isEmpty() && target.equals(realPath(Path.of(entry)))) {
          return target.toString();
        }
      }
    }
    return null;
  }

  /** The path with links resolved, as {@code /proc} shows it; the absolute path if that fails. */
  private static Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException | SecurityException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  /** Standard input that was closed: every read fails with an I/O error naming the file in its place. */
  private static final class Closed extends InputStream {
    private final String own;

    Closed(String own) {
      this.own = own;
    }

    @Override
    public int read() throws IOException {
      throw new IOException("standard input is closed (descriptor 0 is Java's own file " + own + ")");
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return read();
    }
  }
}
