package org.replyletter.hardening;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.replyletter.json.ReadLimits;
import org.replyletter.json.ReplyLetterJson;

/**
 * Coverage-guided fuzzing of the JSON reader, strict and lenient. A normal build replays the
 * committed corpus ({@code JsonReaderFuzzTestInputs/}); to search for new failures run
 * {@code JAZZER_FUZZ=1 mvn -pl core test -Dtest=JsonReaderFuzzTest}, and commit any crash input it
 * writes there as a regression case.
 */
class JsonReaderFuzzTest {
  // Small limits, so that the fuzzer reaches them.
  private static final ReadLimits SMALL =
      ReadLimits.builder().maxDocumentBytes(64 * 1024).maxNestingDepth(16).maxArrayLength(64).build();
  private static final ReplyLetterJson STRICT = ReplyLetterJson.defaults().withLimits(SMALL);
  private static final ReplyLetterJson LENIENT = ReplyLetterJson.lenient().withLimits(SMALL);

  @FuzzTest(maxDuration = "60s")
  void read_anyBytes_endInALetterOrTheLibraryException(byte[] input) {
    HardeningSupport.readChecked(STRICT, input);
    HardeningSupport.readChecked(LENIENT, input);
  }
}
