package org.moralbase.security.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
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

    /** Records an accepted TOTP step unless it (or a later one) was accepted before: 1 if it is new, else 0. */
    @Modifying
    @Query("update UserAccount u set u.totpLastStep = :step where u.id = :id and u.totpSecret is not null"
            + " and (u.totpLastStep is null or u.totpLastStep < :step)")
    int acceptStep(long id, long step);

    /** Uses up a recovery code: 1 if it was there, else 0. */
    @Modifying
    @Query(value = "delete from recovery_code where user_id = :id and code_hash = :hash", nativeQuery = true)
    int useRecoveryCode(long id, String hash);

    @Query(value = "select count(*) from recovery_code where user_id = :id", nativeQuery = true)
    int countRecoveryCodes(long id);
}
