package org.replyletter.jackson;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.replyletter.jackson.internal.Form;
import org.replyletter.jackson.internal.FormDeserializer;
import org.replyletter.jackson.internal.FormSerializer;
import org.replyletter.jackson.internal.Forms;
import org.replyletter.jackson.internal.Introspector;
import org.replyletter.json.ReadLimits;
import org.replyletter.json.internal.JsonSupport;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The library's JSON forms in a Jackson 3 mapper of the user's own (as Spring Boot 4 has): letters
 * and their parts, {@code Money}, {@code DocumentNumber}, the model's enums (as their ids), subsidy
 * requests, schedules and decisions, validation reports and findings.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new ReplyLetterModule()).build();
 * // or JsonMapper.builder().findAndAddModules().build(): the module is a service of
 * // tools.jackson.databind.JacksonModule, on the class path and the module path
 * }</pre>
 *
 * <h2>Writing</h2>
 *
 * A value is written on the user's generator, token by token, exactly as the library's own writer
 * writes it ({@code ReplyLetterJson}, {@code SubsidyJson}, {@code ValidationReport.writeJson}): the
 * same members in the same order, absent optional members left out, lists always written. With the
 * library's formatting ({@code ReplyLetterJson}'s two-space indent) the bytes are the library's;
 * otherwise the mapper's own pretty printer, if any, lays them out. The library's document-size limit
 * is not applied: the user's generator writes what it is given.
 *
 * <h2>Reading</h2>
 *
 * A value is read straight from the user's parser by the library's own reader (no tree, no second
 * parse), as strictly: unknown members, {@code null}s, wrong types, missing required members and
 * invalid values are all reported at once, as {@link JsonFindingsException}, Jackson's own
 * {@code MismatchedInputException}, whose findings point into the whole document the mapper reads
 * ({@code /letter/proposal/number}); a duplicate member or malformed JSON stops the read with
 * Jackson's own exception, as in the library's reader. Limits: the parser's own constraints (document
 * length, nesting, string length) apply as the user configured them; this module applies
 * {@link ReadLimits#maxArrayLength()} and {@link ReadLimits#maxFindings()} of {@link #withLimits}.
 * Reports and findings are read back as strictly: the members a report derives from its findings
 * ({@code valid}, {@code counts}, messages) are checked, not kept, and its messages are rendered again
 * in the module's locale (Chinese unless {@link #withLocale}). Decisions are only written (the
 * library makes them and has no reader for them): reading one fails with Jackson's
 * {@code InvalidDefinitionException} that says so.
 *
 * <h2>{@code schemaVersion} of a nested letter</h2>
 *
 * A letter inside a user's document is a letter document, not a bare object: written with
 * {@code "schemaVersion"} first, and read only with it ({@code RL-JSON-005} at
 * {@code /…/schemaVersion} when missing, {@code RL-JSON-008} for another major version). So a letter
 * cut out of a user's document is a letter file that {@code ReplyLetterJson} and the command-line
 * tool read, and any letter file can be pasted into one. A subsidy request is likewise written with
 * its {@code schemaVersion}, which reading accepts but does not require, as the library's reader.
 * The other parts (a section, an amount) have no version of their own.
 *
 * <h2>Without the module</h2>
 *
 * A mapper without this module fails on every type above that would otherwise be written as its
 * bean properties ({@code Money} as {@code {"zero":false}}): {@code InvalidDefinitionException},
 * naming this module. Enums without the module are written by their Java names.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReplyLetterModule extends JacksonModule {
  private final Locale locale;
  private final ReadLimits limits;

  /**
   * The module with the default limits, messages of reports in each report's locale and of
   * decisions and findings in Chinese; for {@code findAndAddModules()}, which needs this constructor.
   */
  public ReplyLetterModule() {
    this(null, ReadLimits.defaults());
  }

  private ReplyLetterModule(Locale locale, ReadLimits limits) {
    this.locale = locale;
    this.limits = limits;
  }

  /**
   * Returns a module that writes the messages of reports, decisions and findings in {@code locale}
   * (Chinese for any locale but English).
   *
   * @param locale the locale; not null
   * @return a new module
   */
  public ReplyLetterModule withLocale(Locale locale) {
    return new ReplyLetterModule(Objects.requireNonNull(locale, "locale"), limits);
  }

  /**
   * Returns a module that reads under {@code limits}: arrays no longer than
   * {@link ReadLimits#maxArrayLength()}, at most {@link ReadLimits#maxFindings()} findings per value.
   *
   * @param limits the limits; not null
   * @return a new module
   */
  public ReplyLetterModule withLimits(ReadLimits limits) {
    return new ReplyLetterModule(locale, Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Returns the library's layout of JSON (two-space indent, {@code \n} line ends, {@code "name": value}),
   * for a writer of a user's mapper: {@code mapper.writer().with(ReplyLetterModule.prettyPrinter())} writes
   * a letter with exactly the bytes of {@code ReplyLetterJson.write}, but for its final newline.
   *
   * @return a new pretty printer
   */
  public static PrettyPrinter prettyPrinter() {
    return JsonSupport.prettyPrinter();
  }

  @Override
  public String getModuleName() {
    return "reply-letter";
  }

  @Override
  public Version version() {
    return new Version(0, 1, 0, "SNAPSHOT", "org.replyletter", "reply-letter-core");
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    Map<Class<?>, ValueSerializer<?>> byType = new HashMap<>();
    Map<Class<?>, ValueDeserializer<?>> readers = new HashMap<>();
    for (Form<?> form : Forms.all(locale)) {
      register(form, serializers, deserializers, byType, readers);
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
    context.insertAnnotationIntrospector(new Introspector(byType, readers));
  }

  private <T> void register(
      Form<T> form,
      SimpleSerializers serializers,
      SimpleDeserializers deserializers,
      Map<Class<?>, ValueSerializer<?>> byType,
      Map<Class<?>, ValueDeserializer<?>> readers) {
    FormSerializer<T> s = new FormSerializer<>(form, locale);
    FormDeserializer<T> d = new FormDeserializer<>(form, limits);
    serializers.addSerializer(form.type(), s);
    deserializers.addDeserializer(form.type(), d);
    byType.put(form.type(), s);
    readers.put(form.type(), d);
  }
}
