package org.moralbase.models.domain;

import java.util.List;
import org.moralbase.models.RunAnswer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.JdbcTemplate;

/** An {@link AnswerTable} that reads as usual but never stores: every insert fails as if the database were away. */
public final class UnreachableAnswerTable extends AnswerTable {

    public UnreachableAnswerTable(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        super(jdbc, events);
    }

    @Override
    public int insert(List<RunAnswer> answers) {
        throw new TransientDataAccessResourceException("connection refused (the test's unreachable table)");
    }
}
