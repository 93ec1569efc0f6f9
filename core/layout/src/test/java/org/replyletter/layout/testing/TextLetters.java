package org.replyletter.layout.testing;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import org.quicktheories.core.Gen;
import org.replyletter.ReplyLetter;
import org.replyletter.json.ReplyLetterJson;

/**
 * Test support for the format modules (in this module's test-jar): core's generators of
 * text-representable letters and the seed letter.
 */
public final class TextLetters {
  private TextLetters() {}

  /**
   * Letters that plain text carries without ambiguity: core's {@code TextLetterGenerators.letters()},
   * package-private to core's tests (in its test-jar), so reached reflectively; tests run on the
   * class path.
   *
   * @return the generator
   */
  @SuppressWarnings("unchecked")
  public static Gen<ReplyLetter> letters() {
    try {
      Method m = Class.forName("org.replyletter.text.TextLetterGenerators").getDeclaredMethod("letters");
      m.setAccessible(true);
      return (Gen<ReplyLetter>) m.invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("core's test-jar must hold TextLetterGenerators.letters()", e);
    }
  }

  /**
   * Finds a file of the repository from the working directory or one of its parents.
   *
   * @param relative the path from the repository's root
   * @return the file
   */
  public static Path locate(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path p = dir.resolve(relative);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    throw new IllegalStateException("cannot find " + relative);
  }

  /**
   * The seed letter with the parts it lacks (issuing organ, date, signer, contact, disclosure), so
   * that every part of a letter is laid out.
   *
   * @return the letter
   */
  public static ReplyLetter fullSeed() {
    return seed()
        .withIssuingOrgan("晋江市残疾人联合会")
        .withIssueDate(java.time.LocalDate.of(2024, 6, 3))
        .withSigner("张明")
        .withContacts(org.replyletter.Contact.of(org.replyletter.ContactRole.CONTACT, "李华", "0595-85681234"))
        .withDisclosure(org.replyletter.Disclosure.PUBLIC);
  }

  /**
   * The seed letter, as bundled in {@code examples/letters/jinjiang-2024-7.json}.
   *
   * @return the letter
   */
  public static ReplyLetter seed() {
    return ReplyLetterJson.defaults().read(locate("examples/letters/jinjiang-2024-7.json"));
  }
}
