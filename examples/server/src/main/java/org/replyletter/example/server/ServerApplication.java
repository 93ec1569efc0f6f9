package org.replyletter.example.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The service: {@code java -jar reply-letter-server.jar} (port 8080, or {@code --server.port=…}).
 * Spring Boot's Jackson mapper finds the library's {@code ReplyLetterModule} by itself
 * ({@code spring.jackson.find-and-add-modules}, on by default), so letters, reports and findings in
 * responses have the library's JSON form.
 */
@SpringBootApplication
public class ServerApplication {
  /**
   * Starts the service.
   *
   * @param args Spring Boot's arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(ServerApplication.class, args);
  }
}
