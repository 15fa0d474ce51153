package org.moralbase.models.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The model registry, by name. */
public interface RegisteredModelRepository extends JpaRepository<RegisteredModel, Long> {

    List<RegisteredModel> findAllByOrderByNameAsc(Pageable page);

    Optional<RegisteredModel> findByName(String name);
}
