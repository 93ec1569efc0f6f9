package org.replyletter.docx;

import org.junit.jupiter.api.Test;
import org.replyletter.layout.testing.ModuleRules;

class ModuleDependencyTest {
  @Test
  void docx_usesCoresApiOnly_andNoHtmlParser() {
    ModuleRules.checkUsesCoreApiOnly("org.replyletter.docx", "org.jsoup", "org.replyletter.html");
  }
}
