package org.moralbase.condition.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The marks of a study's conditions. */
public interface ConditionImplicationRepository extends JpaRepository<ConditionImplication, Long> {

    List<ConditionImplication> findByConditionIdInOrderById(Collection<Long> conditionIds);

    @Modifying
    @Query("delete from ConditionImplication i where i.conditionId in :conditionIds")
    void deleteByConditionIds(Collection<Long> conditionIds);
}
