package org.moralbase.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on {@code @Scheduled} housekeeping (e.g. ending sessions that never got consent). */
@Configuration
@EnableScheduling
class Scheduling {}
