package org.replyletter.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code java} block of the README compiles as printed, with only what the README tells a user
 * to add (this module's dependencies: core, its test-jar, QuickTheories, the schema module, the docx and html
 * modules, JUnit),
 * and runs, with assertions on, from the repository's root (its paths are relative to it). A block
 * is its imports followed by statements; records it declares become nested classes.
 */
class ReadmeSnippetsTest {
  private static final Pattern BLOCK = Pattern.compile("(?m)^([ \\t]*)```java\\n(.*?)^\\1```", Pattern.DOTALL);

  static Path root() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !(Files.exists(p.resolve("README.md")) && Files.isDirectory(p.resolve("core")))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }
    return p;
  }

  /** The java blocks of a Markdown text, their indentation removed. */
  static List<String> javaBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    Matcher m = BLOCK.matcher(markdown);
    while (m.find()) {
      String indent = m.group(1);
      StringBuilder b = new StringBuilder();
      for (String line : m.group(2).split("\n", -1)) {
        b.append(line.startsWith(indent) ? line.substring(indent.length()) : line).append('\n');
      }
      blocks.add(b.toString());
    }
    return blocks;
  }

  /** A block as a class: imports on top, records as members, the statements as {@code run()}. */
  static String asClass(String name, String block) {
    StringBuilder imports = new StringBuilder();
    StringBuilder members = new StringBuilder();
    StringBuilder body = new StringBuilder();
    boolean inRecord = false;
    for (String line : block.split("\n", -1)) {
      if (line.startsWith("import ")) {
        imports.append(line).append('\n');
      } else if (inRecord || line.startsWith("record ")) {
        members.append(line).append('\n');
        inRecord = !line.stripTrailing().endsWith("}");
      } else {
        body.append(line).append('\n');
      }
    }
    return imports
        + "public class " + name + " {\n"
        + members
        + "public static void run() throws Exception {\n" + body + "}\n}\n";
  }

  @Test
  void everyJavaBlock_compilesAndRuns(@TempDir Path dir) throws Exception {
    Path root = root();
    String readme = Files.readString(root.resolve("README.md"));
    List<String> blocks = javaBlocks(readme);
    assertTrue(blocks.size() >= 10, "java blocks found: " + blocks.size());
    List<Path> sources = new ArrayList<>();
    StringBuilder runner = new StringBuilder("public class RunReadmeSnippets {\n public static void main(String[] a) throws Exception {\n");
    for (int i = 0; i < blocks.size(); i++) {
      String name = "ReadmeSnippet" + (i + 1);
      Path file = dir.resolve(name + ".java");
      Files.writeString(file, asClass(name, blocks.get(i)));
      sources.add(file);
      runner.append("  System.out.println(\"snippet ").append(i + 1).append("\");\n  ").append(name).append(".run();\n");
    }
    runner.append(" }\n}\n");
    Path runnerFile = dir.resolve("RunReadmeSnippets.java");
    Files.writeString(runnerFile, runner.toString());
    sources.add(runnerFile);

    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean ok =
          javac.getTask(
                  null,
                  files,
                  diagnostics,
                  List.of("-classpath", classPath, "-d", dir.toString(), "-encoding", "UTF-8", "-proc:none"),
                  null,
                  files.getJavaFileObjectsFromPaths(sources))
              .call();
      StringBuilder errors = new StringBuilder();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          errors.append(d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName())
              .append(':').append(d.getLineNumber()).append(' ').append(d.getMessage(Locale.ROOT)).append('\n');
        }
      }
      assertTrue(ok, "README snippets do not compile:\n" + errors);
    }

    Path out = dir.resolve("out.txt");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-ea",
                "-cp",
                dir + File.pathSeparator + classPath,
                "RunReadmeSnippets")
            .directory(root.toFile())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "README snippets still running");
    assertEquals(0, p.exitValue(), "README snippets failed:\n" + read(out));
    assertTrue(read(out).contains("snippet " + blocks.size()), read(out));
  }

  @Test
  void theTestJarSection_namesWhatAUserAdds() throws IOException {
    String readme = Files.readString(root().resolve("README.md"));
    String section = readme.substring(readme.indexOf("## Testing with generated letters"));
    section = section.substring(0, section.indexOf("\n## ", 3));
    for (String artifact : List.of("reply-letter-core", "<type>test-jar</type>", "quicktheories", "junit-jupiter")) {
      assertTrue(section.contains(artifact), artifact);
    }
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
