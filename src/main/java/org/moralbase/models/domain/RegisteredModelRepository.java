package org.moralbase.models.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The model registry, by name. */
public interface RegisteredModelRepository extends JpaRepository<RegisteredModel, Long> {

    List<RegisteredModel> findAllByOrderByNameAsc(Pageable page);

    /** The models an account owns or was shared, by name. */
    @Query("select m from RegisteredModel m where m.ownerId = :userId or :userId member of m.sharedWith"
            + " order by m.name")
    List<RegisteredModel> findVisibleTo(long userId, Pageable page);

    Optional<RegisteredModel> findByName(String name);
}
