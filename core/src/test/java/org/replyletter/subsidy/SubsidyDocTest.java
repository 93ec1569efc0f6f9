package org.replyletter.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.replyletter.subsidy.internal.SubsidyCode;

/**
 * {@code core/SUBSIDY.md} is in step with the bundled schedules and the code: its sections between
 * {@code <!-- generated:NAME -->} and {@code <!-- /generated:NAME -->} are what this test generates
 * from {@link SubsidySchedule#jinjiang()} and {@link SubsidySchedule#xiamen()} (rewrite them with
 * {@code -Drl.writeSubsidyDoc=true}); its request example is {@code examples/subsidy/senior-technician-manufacturing.json};
 * and every {@code SUB-*} code is documented.
 */
class SubsidyDocTest {
  private static final Path DOC = Path.of("SUBSIDY.md");
  private static final Path EXAMPLE = Path.of("..", "examples", "subsidy", "senior-technician-manufacturing.json");

  @Test
  void generatedSections_areTheBundledSchedules() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String updated = replace(doc, "versions", versions());
    updated = replace(updated, "parameters", parameters());
    updated = replace(updated, "notes", notes(SubsidySchedule.jinjiang().versions().get(0)));
    if (Boolean.getBoolean("rl.writeSubsidyDoc")) {
      Files.writeString(DOC, updated, StandardCharsets.UTF_8);
    }
    assertEquals(updated, doc, "core/SUBSIDY.md is stale; rewrite it with -Drl.writeSubsidyDoc=true");
  }

  @Test
  void requestExample_isTheExampleFile_andEveryCodeIsDocumented() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String example = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
    assertTrue(doc.contains("```json\n" + example + "```"), "the request example differs from " + EXAMPLE);
    SubsidyJson.defaults().readRequest(example.getBytes(StandardCharsets.UTF_8), "example");
    for (SubsidyCode c : SubsidyCode.values()) {
      assertTrue(doc.contains(c.code()), c.code() + " is not documented");
    }
  }

  private static String replace(String doc, String name, String body) {
    String begin = "<!-- generated:" + name + " -->\n";
    String end = "<!-- /generated:" + name + " -->";
    int i = doc.indexOf(begin);
    int j = doc.indexOf(end);
    assertTrue(i >= 0 && j > i, "no generated section " + name);
    return doc.substring(0, i + begin.length()) + body + doc.substring(j);
  }

  private static List<ScheduleVersion> allVersions() {
    List<ScheduleVersion> all = new ArrayList<>(SubsidySchedule.jinjiang().versions());
    all.addAll(SubsidySchedule.xiamen().versions());
    return all;
  }

  private static String versions() {
    StringBuilder b = new StringBuilder("| schedule | version | jurisdiction | in force | certificates chosen by | training chosen by | selection source | catalogue | counting |\n");
    b.append("|---|---|---|---|---|---|---|---|---|\n");
    for (SubsidySchedule s : List.of(SubsidySchedule.jinjiang(), SubsidySchedule.xiamen())) {
      VersionSelection sel = s.versionSelection();
      for (ScheduleVersion v : s.versions()) {
        HistoryCounting c = v.historyCounting();
        List<String> groups = new ArrayList<>();
        c.groups().forEach(g -> groups.add(g.id() + " (" + g.kinds().size() + " kinds)"));
        String window = c.windowFrom().isEmpty() && c.windowTo().isEmpty() ? "any date"
            : c.windowFrom().map(Object::toString).orElse("") + " – " + c.windowTo().map(Object::toString).orElse("");
        b.append("| ").append(s.name())
            .append(" | `").append(v.id()).append('`')
            .append(" | ").append(v.jurisdiction())
            .append(" | ").append(v.effectiveFrom()).append(" – ").append(v.effectiveTo().map(Object::toString).orElse("(open)"))
            .append(" | ").append(sel.certificates().id())
            .append(" | ").append(sel.training().id())
            .append(" | ").append(sel.source().map(x -> x.reliability().id() + " (`" + x.id() + "`)").orElse("—"))
            .append(" | ").append(v.shortageCatalogue()
                .map(k -> k.coverage().id() + ", " + k.entries().size() + " entries, " + k.published() + " (`" + k.source().id() + "`)")
                .orElse("none"))
            .append(" | ").append(String.join(", ", groups)).append("; ").append(window)
            .append(" (`").append(c.source().id()).append("`)")
            .append(" |\n");
      }
    }
    return b.toString();
  }

  private static String parameters() {
    List<ScheduleVersion> all = allVersions();
    StringBuilder b = new StringBuilder("| parameter |");
    StringBuilder rule = new StringBuilder("|---|");
    for (ScheduleVersion v : all) {
      b.append(" `").append(v.id()).append("` |");
      rule.append("---|");
    }
    b.append('\n').append(rule).append('\n');
    for (ParameterKey<?> k : ParameterKey.values()) {
      b.append("| `").append(k.id()).append("` |");
      String first = cell(all.get(0), k);
      for (ScheduleVersion v : all) {
        String cell = cell(v, k);
        String value = cell.substring(0, cell.indexOf(" ("));
        boolean differs = !value.equals(first.substring(0, first.indexOf(" (")));
        b.append(' ').append(differs ? "**" + value + "**" + cell.substring(value.length()) : cell).append(" |");
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static <T> String cell(ScheduleVersion v, ParameterKey<T> k) {
    Parameter<T> p = v.parameter(k);
    return k.format(p.value()) + " (" + p.source().reliability().id() + ", `" + p.source().id() + "`)";
  }

  private static String notes(ScheduleVersion v) {
    StringBuilder b = new StringBuilder("| parameter | note (zh) | note (en) |\n|---|---|---|\n");
    for (ParameterKey<?> k : ParameterKey.values()) {
      Parameter<?> p = v.parameters().get(k);
      b.append("| `").append(k.id()).append("` | ").append(p.note().orElse("")).append(" | ")
          .append(p.noteEn().orElse("")).append(" |\n");
    }
    return b.toString();
  }
}
