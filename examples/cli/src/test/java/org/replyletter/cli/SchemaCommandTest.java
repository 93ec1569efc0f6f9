package org.replyletter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.replyletter.jsonschema.ReplyLetterSchema;

/** {@code reply-letter schema}: prints the published schema text exactly; unknown names exit 2. */
class SchemaCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return ReplyLetterCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void noName_printsTheReplyLetterSchemaExactly_exits0() {
    assertEquals(0, run("schema"));
    assertEquals(ReplyLetterSchema.replyLetter().text(), out.toString());
    assertEquals("", err.toString());
  }

  @Test
  void name_printsThatSchema_exits0() {
    assertEquals(0, run("schema", "reply-letter"));
    assertTrue(out.toString().contains("\"$id\": \"https://replyletter.org/schema/1.1/reply-letter.json\""), out.toString());
  }

  @Test
  void unknownName_exits2_andListsTheNames() {
    assertEquals(2, run("schema", "subsidy-nonsense"));
    assertEquals("", out.toString());
    assertTrue(err.toString().contains("subsidy-nonsense"), err.toString());
    assertTrue(err.toString().contains("reply-letter"), err.toString());
  }

  @Test
  void list_printsEachNameWithItsId_exits0() {
    assertEquals(0, run("schema", "--list"));
    String[] lines = out.toString().split("\n");
    assertEquals(ReplyLetterSchema.names().size(), lines.length);
    assertEquals("reply-letter\thttps://replyletter.org/schema/1.1/reply-letter.json", lines[0]);
  }

  @Test
  void list_namesTheSubsidySchemas_andEachPrintsExactly() {
    assertEquals(0, run("schema", "--list"));
    String listed = out.toString();
    for (String name : new String[] {"subsidy-schedule", "subsidy-request", "subsidy-decision"}) {
      assertTrue(listed.contains(name + "\thttps://replyletter.org/schema/1.1/" + name + ".json\n"), listed);
      StringWriter text = new StringWriter();
      assertEquals(0, ReplyLetterCommand.run(
          new String[] {"schema", name}, new PrintWriter(text, true), new PrintWriter(err, true)));
      assertEquals(ReplyLetterSchema.named(name).text(), text.toString());
    }
    assertEquals("", err.toString());
  }

  @Test
  void help_mentionsTheSchemaCommand() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString().contains("schema"), out.toString());
  }
}
