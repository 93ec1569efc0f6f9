package org.replyletter.example.server;

import org.replyletter.jackson.ReplyLetterModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The library's Jackson module in Spring's mapper: Spring Boot registers every module bean. */
@Configuration(proxyBeanMethods = false)
public class JacksonConfig {
  /**
   * The module.
   *
   * @return the module
   */
  @Bean
  public ReplyLetterModule replyLetterModule() {
    return new ReplyLetterModule();
  }
}
