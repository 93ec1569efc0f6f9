package org.replyletter.layout;

import org.junit.jupiter.api.Test;
import org.replyletter.layout.testing.ModuleRules;

class ModuleDependencyTest {
  @Test
  void layout_usesCoresApiOnly_andNoFormatLibrary() {
    ModuleRules.checkUsesCoreApiOnly(
        "org.replyletter.layout", "org.apache.poi", "org.openxmlformats", "org.jsoup", "org.replyletter.docx",
        "org.replyletter.html");
  }
}
