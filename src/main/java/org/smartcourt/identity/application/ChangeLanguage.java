package org.smartcourt.identity.application;

import org.smartcourt.identity.Username;
import org.smartcourt.identity.domain.Accounts;
import org.smartcourt.shared.Language;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An account holder picks the language the platform speaks to them in (pages, messages, notifications). */
@Component
public class ChangeLanguage {

    private final Accounts accounts;

    ChangeLanguage(Accounts accounts) {
        this.accounts = accounts;
    }

    @Transactional
    public void change(String username, Language language) {
        var account = accounts.byUsername(Username.parse(username))
                .orElseThrow(() -> new IdentityProblem.AccountNotFound(username));
        account.changeLanguage(language);
        accounts.save(account);
    }
}
