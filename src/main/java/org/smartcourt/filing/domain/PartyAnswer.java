package org.smartcourt.filing.domain;

import org.jspecify.annotations.Nullable;

/**
 * A party as the filer describes it, as typed (当事人信息 of the model texts).
 *
 * @param role {@code PLAINTIFF}, {@code DEFENDANT} or {@code THIRD_PARTY}
 * @param kind {@code NATURAL_PERSON} or {@code LEGAL_PERSON}
 * @param identification resident ID number of a person, unified social credit code of an organisation
 * @param gender {@code MALE} or {@code FEMALE} for a person
 * @param address domicile (住所地) or, for an organisation, its registered seat
 * @param legalRepresentative an organisation's legal representative (法定代表人)
 * @param account the party's platform username, when it has one, so that it sees the case
 */
public record PartyAnswer(
        @Nullable String role,
        @Nullable String kind,
        @Nullable String name,
        @Nullable String identification,
        @Nullable String gender,
        @Nullable String birthDate,
        @Nullable String ethnicity,
        @Nullable String address,
        @Nullable String phone,
        @Nullable String legalRepresentative,
        @Nullable String account) {

    public PartyAnswer {
        role = Texts.trimmed(role);
        kind = Texts.trimmed(kind);
        name = Texts.trimmed(name);
        identification = Texts.trimmed(identification);
        gender = Texts.trimmed(gender);
        birthDate = Texts.trimmed(birthDate);
        ethnicity = Texts.trimmed(ethnicity);
        address = Texts.trimmed(address);
        phone = Texts.trimmed(phone);
        legalRepresentative = Texts.trimmed(legalRepresentative);
        account = Texts.trimmed(account);
    }

    public boolean describesPerson() {
        return !"LEGAL_PERSON".equals(kind);
    }
}
