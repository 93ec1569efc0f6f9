package org.replyletter.cli;

import java.util.logging.Logger;
import org.replyletter.jsonschema.ReplyLetterSchema;
import org.replyletter.validation.LetterValidator;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Cold start of {@code validate}: the set-up that does not depend on the input runs on a daemon thread
 * while the main thread sets up the JSON reader and reads, binds and schema-checks the files. With a
 * core to spare, the command finishes sooner; on a machine already busy it gains little. The output
 * cannot change: the main thread runs the very same steps and finds them done or waits for them
 * (class initialisation; the schema's lock).
 *
 * <ol>
 *   <li><b>Bean Validation</b>: {@link LetterValidator#prepare()}, Hibernate Validator's start-up and
 *       its metadata for the model, the largest single cost of a cold run.
 *   <li><b>JSON Schema</b>: compiling the reply letter's schema (networknt), unless the main thread has
 *       got there first (it then compiles it, and this step finds it compiled).
 * </ol>
 *
 * <p>One thread, not one per step: on two cores a thread per step gains nothing and burns more CPU,
 * since the main thread then reaches Hibernate sooner, to build the same metadata concurrently.
 *
 * <p>Best effort: any failure, an {@link Error} too, is swallowed and never printed, since the
 * command runs the same code and reports what goes wrong there. {@code -Dreplyletter.warmup=false} switches the warm-up off, to measure the steps one
 * after another ({@code ColdStart --breakdown} does).
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
      for (int step = 0; step < 2; step++) {
        try {
          if (step == 0) {
            Steps.beanValidation();
          } else {
            Steps.schema();
          }
        } catch (Throwable e) { // not RuntimeException only: the default handler would print it
          // Best effort: the command runs the same code and reports any failure itself.
        }
      }
    }
  }

  /**
   * The steps, apart so that only the warm-up thread loads and verifies them (and the classes they use).
   */
  static final class Steps {
    /** Held strongly: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
    private static volatile Logger hibernateLogger;

    private Steps() {}

    /** Starts Hibernate Validator and builds its metadata for the model. */
    static void beanValidation() {
      // First: Hibernate announces its version at INFO, which the command does not print.
      hibernateLogger = ValidateCommand.quiet("org.hibernate.validator");
      LetterValidator.prepare();
    }

    /** Compiles the reply letter's schema. */
    static void schema() {
      ReplyLetterSchema.replyLetter().validate(JsonNodeFactory.instance.objectNode());
    }
  }
}
