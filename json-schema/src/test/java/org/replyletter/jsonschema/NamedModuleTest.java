package org.replyletter.jsonschema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.replyletter.validation.JsonTreeCheck;
import org.replyletter.validation.LetterValidator;

/**
 * This module's tests run on the module path (the Surefire configuration in this module's pom.xml):
 * the library is loaded as the named modules its module-info files declare, core's exports hold as
 * written there, and validation finds the schema check through this module's {@code provides}. A run
 * on the class path fails here.
 */
class NamedModuleTest {
  private static final Module SCHEMA = ReplyLetterSchema.class.getModule();
  private static final Module CORE = LetterValidator.class.getModule();

  @Test
  void theTestsRunInTheNamedModules() {
    assertTrue(SCHEMA.isNamed(), "the tests run on the class path");
    assertEquals("org.replyletter.jsonschema", SCHEMA.getName());
    assertEquals("org.replyletter.core", CORE.getName());
    // Patched into the module, as a modular user's code would not be, but with its access.
    assertSame(SCHEMA, getClass().getModule());
    assertTrue(SCHEMA.canRead(CORE));
  }

  @Test
  void core_exportsItsJsonReaderToThisModuleAlone() {
    // As declared (the run opens json.internal to this module for the drift tests, see pom.xml) ...
    assertEquals(
        Set.of("org.replyletter.jsonschema"),
        CORE.getDescriptor().exports().stream()
            .filter(e -> e.source().equals("org.replyletter.json.internal"))
            .findFirst()
            .orElseThrow()
            .targets());
    // ... and as the module system grants it.
    assertTrue(CORE.isExported("org.replyletter.json", SCHEMA));
    assertTrue(CORE.isExported("org.replyletter.json"));
    assertTrue(CORE.isExported("org.replyletter.json.internal", SCHEMA));
    assertFalse(CORE.isExported("org.replyletter.json.internal"));
    assertFalse(CORE.isExported("org.replyletter.json.internal", ClassLoader.getSystemClassLoader().getUnnamedModule()));
    assertFalse(CORE.isExported("org.replyletter.validation.internal", SCHEMA));
    assertTrue(SCHEMA.isExported("org.replyletter.jsonschema"));
    assertFalse(SCHEMA.isExported("org.replyletter.jsonschema.internal"));
  }

  @Test
  void validation_findsTheSchemaCheck_throughProvides() {
    assertTrue(CORE.getDescriptor().uses().contains(JsonTreeCheck.class.getName()));
    assertEquals(
        Set.of(new Provision(JsonTreeCheck.class.getName(), List.of("org.replyletter.jsonschema.internal.JsonSchemaCheck"))),
        Set.copyOf(SCHEMA.getDescriptor().provides().stream().map(Provision::of).toList()));
    // A named module's META-INF/services file is not read: "provides" alone makes this one check.
    assertEquals(List.of("json-schema"), LetterValidator.defaults().jsonTreeCheckNames());
  }

  private record Provision(String service, List<String> providers) {
    static Provision of(ModuleDescriptor.Provides p) {
      return new Provision(p.service(), p.providers());
    }
  }
}
