package org.replyletter.html;

import org.junit.jupiter.api.Test;
import org.replyletter.layout.testing.ModuleRules;

class ModuleDependencyTest {
  @Test
  void html_usesCoresApiOnly_andNoWordLibrary() {
    ModuleRules.checkUsesCoreApiOnly("org.replyletter.html", "org.apache.poi", "org.openxmlformats", "org.replyletter.docx");
  }
}
