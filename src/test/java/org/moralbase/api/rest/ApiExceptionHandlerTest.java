package org.moralbase.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiExceptionHandlerTest {

    @Test
    void aRefusalInTheServicesWordsNamesItsField() {
        assertThat(ApiExceptionHandler.fieldOf("Title: 1–200 characters")).hasValue("Title");
        assertThat(ApiExceptionHandler.fieldOf("Target participants: a positive number"))
                .hasValue("Target participants");
    }

    @Test
    void aMessageWithoutALeadInNamesNone() {
        assertThat(ApiExceptionHandler.fieldOf("No token with id 4")).isEmpty();
        assertThat(ApiExceptionHandler.fieldOf("Not opened. Reason: none")).isEmpty();
        assertThat(ApiExceptionHandler.fieldOf(null)).isEmpty();
    }
}
