package org.replyletter.cli;

import org.replyletter.jsonschema.ReplyLetterSchema;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Cold start of {@code validate}: compiling the reply letter's JSON Schema (networknt), the largest
 * set-up that does not depend on the input, runs on a daemon thread while the main thread sets up
 * the JSON reader and reads and binds the files. With a core to spare, the command finishes sooner;
 * on a machine already busy it gains little. The output cannot change: the main thread runs the very
 * same step and finds it done, or waits for it (the schema's lock), or does it first itself.
 *
 * <p>Hibernate Validator is not warmed up: validation of JSON does not start it
 * ({@code LetterValidator.prepare()} says why).
 *
 * <p>Best effort: any failure, an {@link Error} too, is swallowed and never printed, since the
 * command runs the same code and reports what goes wrong there. {@code -Dreplyletter.warmup=false}
 * switches the warm-up off, to measure the steps one after another ({@code ColdStart --breakdown}
 * does).
 */
final class Warmup {
  private Warmup() {}

  /** Starts the warm-up of {@code validate} on a daemon thread, unless switched off. */
  static void forValidate() {
    if ("false".equals(System.getProperty("replyletter.warmup"))) {
      return;
    }
    start(new Task());
  }

  /**
   * Starts {@code task} on the warm-up's daemon thread. Whatever it lets escape is dropped, not printed
   * by the default handler; a thread that cannot be started (out of memory, too many threads) is no
   * warm-up, not a failure.
   *
   * @return the thread, or null if none could be started
   */
  static Thread start(Runnable task) {
    try {
      Thread t = new Thread(task, "reply-letter-warmup");
      t.setDaemon(true);
      t.setUncaughtExceptionHandler(new Drop());
      t.start();
      return t;
    } catch (Throwable e) { // OutOfMemoryError above all: the command runs without its warm-up
      return null;
    }
  }

  /** Drops what escapes the warm-up: the command runs the same code and reports any failure itself. */
  private static final class Drop implements Thread.UncaughtExceptionHandler {
    @Override
    public void uncaughtException(Thread t, Throwable e) {
      // Best effort, nothing to report.
    }
  }

  /** The warm-up; a class, not a lambda, so that the main thread spends nothing on lambdas here. */
  private static final class Task implements Runnable {
    @Override
    public void run() {
      try {
        Steps.schema();
      } catch (Throwable e) { // not RuntimeException only: the default handler would print it
        // Best effort: the command runs the same code and reports any failure itself.
      }
    }
  }

  /** The step, apart so that only the warm-up thread loads and verifies it (and the classes it uses). */
  static final class Steps {
    private Steps() {}

    /** Compiles the reply letter's schema. */
    static void schema() {
      ReplyLetterSchema.replyLetter().validate(JsonNodeFactory.instance.objectNode());
    }
  }
}
