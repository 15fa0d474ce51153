package org.moralbase.moralmachine.ui;

/**
 * The survey's fields (public: the form's binder builds it). Its one rule, the age range, is on the age field,
 * whose message is in the participant's language; Bean Validation messages are not.
 */
public record SurveyAnswers(Integer age, String gender, String education, String income) {}
