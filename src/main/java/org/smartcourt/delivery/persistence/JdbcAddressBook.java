package org.smartcourt.delivery.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.smartcourt.delivery.domain.AddressBook;
import org.smartcourt.delivery.domain.AddressConfirmation;
import org.smartcourt.delivery.domain.ConfirmationMethod;
import org.smartcourt.delivery.domain.EmailAddress;
import org.smartcourt.delivery.domain.PostalAddress;
import org.smartcourt.delivery.domain.ServiceChannel;
import org.smartcourt.identity.MobileNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Service address confirmations in {@code service_address}; rows are only ever added. */
@Repository
class JdbcAddressBook implements AddressBook {

    private final JdbcClient jdbc;

    JdbcAddressBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(AddressConfirmation confirmation) {
        var postal = confirmation.postal();
        jdbc.sql("""
                insert into service_address (id, identification, account, name, electronic_consent, channels, email,
                    mobile, postcode, postal_address, phone, domicile_abroad, method, recorded_by, case_id,
                    confirmed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        confirmation.id(),
                        confirmation.identification(),
                        confirmation.account(),
                        confirmation.name(),
                        confirmation.electronicConsent(),
                        confirmation.electronicChannels().stream()
                                .sorted()
                                .map(Enum::name)
                                .toArray(String[]::new),
                        confirmation.email() == null
                                ? null
                                : confirmation.email().value(),
                        confirmation.mobile() == null
                                ? null
                                : confirmation.mobile().value(),
                        postal.postcode(),
                        postal.address(),
                        postal.phone(),
                        confirmation.domicileAbroad(),
                        confirmation.method().name(),
                        confirmation.recordedBy(),
                        confirmation.caseId(),
                        Rows.timestamp(confirmation.confirmedAt()))
                .update();
    }

    @Override
    public Optional<AddressConfirmation> current(String identification) {
        return jdbc.sql("select * from service_address where identification = ? order by seq desc limit 1")
                .param(identification)
                .query(JdbcAddressBook::confirmation)
                .optional();
    }

    @Override
    public List<AddressConfirmation> history(String identification) {
        return jdbc.sql("select * from service_address where identification = ? order by seq desc")
                .param(identification)
                .query(JdbcAddressBook::confirmation)
                .list();
    }

    @Override
    public Optional<AddressConfirmation> find(UUID id) {
        return jdbc.sql("select * from service_address where id = ?")
                .param(id)
                .query(JdbcAddressBook::confirmation)
                .optional();
    }

    static AddressConfirmation confirmation(ResultSet rs, int row) throws SQLException {
        var channels = EnumSet.noneOf(ServiceChannel.class);
        Rows.strings(rs, "channels").forEach(name -> channels.add(ServiceChannel.valueOf(name)));
        var email = rs.getString("email");
        var mobile = rs.getString("mobile");
        return new AddressConfirmation(
                rs.getObject("id", UUID.class),
                rs.getString("identification"),
                rs.getString("account"),
                rs.getString("name"),
                rs.getBoolean("electronic_consent"),
                channels,
                email == null ? null : new EmailAddress(email),
                mobile == null ? null : new MobileNumber(mobile),
                new PostalAddress(rs.getString("postcode"), rs.getString("postal_address"), rs.getString("phone")),
                rs.getBoolean("domicile_abroad"),
                ConfirmationMethod.valueOf(rs.getString("method")),
                rs.getString("recorded_by"),
                rs.getObject("case_id", UUID.class),
                Rows.requiredInstant(rs, "confirmed_at"));
    }
}
