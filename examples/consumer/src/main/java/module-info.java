/**
 * A user's module: its own classes hold letters, read and written by its own Jackson mapper and
 * checked by its own Bean Validation.
 */
module org.replyletter.example.consumer {
  requires org.replyletter.core;
  requires tools.jackson.databind;
  requires jakarta.validation;
  requires org.hibernate.validator;

  exports org.replyletter.example.consumer;

  // Jackson binds the user's records; Hibernate Validator reads their constraints.
  opens org.replyletter.example.consumer to tools.jackson.databind, org.hibernate.validator;
}
