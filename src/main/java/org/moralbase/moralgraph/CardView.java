package org.moralbase.moralgraph;

import java.util.List;

/** A value card as pages show it: its row id, title, description and attention policies. */
public record CardView(long id, String title, String description, List<String> policies) {}
