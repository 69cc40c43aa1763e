package org.smartcourt.identity.persistence;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.smartcourt.identity.domain.AccountKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AccountRows extends JpaRepository<AccountEntity, UUID> {

    Optional<AccountEntity> findByUsername(String username);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from AccountEntity a where a.username = :username")
    Optional<AccountEntity> findByUsernameForUpdate(String username);

    boolean existsByUsername(String username);

    boolean existsByKindAndIdentityNumber(AccountKind kind, String identityNumber);

    @Query(
            value = "select distinct a.* from identity_account a join identity_role_grant g on g.account_id = a.id"
                    + " where g.court_code = :court order by a.username",
            nativeQuery = true)
    List<AccountEntity> findStaffOf(String court);
}
