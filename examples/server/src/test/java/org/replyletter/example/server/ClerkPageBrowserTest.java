package org.replyletter.example.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The clerks' page in headless Chromium: it loads the bundled seed letter, submits it through the
 * page's own form, and shows the six warnings in Chinese beside the highlighted letter, and the letter
 * rendered. Chromium runs with {@code --dump-dom} after the page's requests have settled. Without a
 * Chromium on the path the test is skipped, unless {@code RL_REQUIRE_BROWSER} is set (CI sets it and
 * installs Debian's {@code chromium}), when it fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClerkPageBrowserTest {
  @Value("${local.server.port}")
  int port;

  static Optional<String> chromium() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
        if (Files.isExecutable(Path.of(dir, name))) {
          return Optional.of(Path.of(dir, name).toString());
        }
      }
    }
    return Optional.empty();
  }

  String dom(String query, Path profile) throws Exception {
    Optional<String> browser = chromium();
    if (browser.isEmpty()) {
      assertTrue(System.getenv("RL_REQUIRE_BROWSER") == null, "RL_REQUIRE_BROWSER is set, but no chromium is on the PATH");
      Assumptions.abort("no chromium on the PATH");
    }
    Path out = profile.resolve("dom.html");
    Process p =
        new ProcessBuilder(
                browser.get(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile.resolve("profile"), "--virtual-time-budget=30000", "--dump-dom",
                "http://localhost:" + port + "/" + query)
            .redirectOutput(out.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "chromium did not finish");
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  static int count(String text, String pattern) {
    Matcher m = Pattern.compile(pattern).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void theSeedLetter_showsItsSixWarnings_inChinese_besideTheLetter(@TempDir Path dir) throws Exception {
    String dom = dom("?demo=seed", dir);
    assertTrue(dom.contains("data-state=\"checked\""), dom);
    assertEquals(6, count(dom, "<li class=\"finding warning\""), dom);
    assertEquals(0, count(dom, "<li class=\"finding error\""), dom);
    assertTrue(dom.contains("有效：0 个错误，6 个警告，0 个提示"), dom);
    assertTrue(dom.contains("缺少成文日期"), dom);                 // RL-DATE-001, in Chinese
    assertTrue(dom.contains("正文段落缺少序号"), dom);              // RL-SEC-001
    // The letter beside, its lines marked where the findings point: RL-SEC-001 at line 51.
    assertTrue(dom.contains("<span class=\"line warning\" id=\"line-51\">"), dom);
    assertTrue(dom.contains("<span class=\"line warning\" id=\"line-1\">"), dom);
    // And rendered.
    assertTrue(count(dom, "关于晋江市政协十四届三次会议第3号提案的答复函") >= 2, dom);
  }

  @Test
  void theSeedText_isImported_thenChecked(@TempDir Path dir) throws Exception {
    String dom = dom("?demo=seed-text", dir);
    assertTrue(dom.contains("data-state=\"checked\""), dom);
    assertEquals(6, count(dom, "<li class=\"finding warning\""), dom);
  }
}
