package org.moralbase.security.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Accounts by name and role. */
public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("select count(u) > 0 from UserAccount u join u.roles r where r = :role")
    boolean existsWithRole(String role);

    @Query(
            "select distinct u from UserAccount u join u.roles r where r = :role and u.enabled = true order by u.username")
    List<UserAccount> findEnabledWithRole(String role);

    List<UserAccount> findAllByOrderByUsername(Pageable page);
}
