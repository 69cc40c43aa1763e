package org.smartcourt.identity.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.smartcourt.identity.Role;
import org.smartcourt.identity.domain.RoleGrant;
import org.smartcourt.shared.CourtCode;

@Entity
@Table(name = "identity_role_grant")
class RoleGrantEntity {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "court_code")
    private @Nullable String courtCode;

    protected RoleGrantEntity() {
        this.id = UUID.randomUUID();
        this.role = Role.LITIGANT;
    }

    RoleGrantEntity(RoleGrant grant) {
        this.id = UUID.randomUUID();
        this.role = grant.role();
        this.courtCode = grant.court() == null ? null : grant.court().value();
    }

    RoleGrant toDomain() {
        return new RoleGrant(role, courtCode == null ? null : CourtCode.of(courtCode));
    }
}
