package org.smartcourt.identity.web;

import org.jspecify.annotations.Nullable;
import org.smartcourt.identity.application.Registration;

/** The registration form as typed; the password is never sent back to the browser. */
class RegistrationForm {

    private String kind = "NATURAL_PERSON";
    private @Nullable String username;
    private @Nullable String password;
    private @Nullable String name;
    private @Nullable String idNumber;
    private @Nullable String creditCode;
    private @Nullable String legalRepresentative;
    private @Nullable String mobile;
    private @Nullable String email;

    static RegistrationForm of(String kind) {
        var form = new RegistrationForm();
        form.kind = kind;
        return form;
    }

    Registration registration(String language) {
        return new Registration(
                kind, username, password, name, idNumber, creditCode, legalRepresentative, mobile, email, language);
    }

    public boolean isOrganisation() {
        return "LEGAL_PERSON".equals(kind);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = "LEGAL_PERSON".equals(kind) ? "LEGAL_PERSON" : "NATURAL_PERSON";
    }

    public @Nullable String getUsername() {
        return username;
    }

    public void setUsername(@Nullable String username) {
        this.username = username;
    }

    public @Nullable String getPassword() {
        return password;
    }

    public void setPassword(@Nullable String password) {
        this.password = password;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(@Nullable String idNumber) {
        this.idNumber = idNumber;
    }

    public @Nullable String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(@Nullable String creditCode) {
        this.creditCode = creditCode;
    }

    public @Nullable String getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(@Nullable String legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
    }

    public @Nullable String getMobile() {
        return mobile;
    }

    public void setMobile(@Nullable String mobile) {
        this.mobile = mobile;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }
}
