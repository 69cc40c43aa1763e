package org.smartcourt.notifications.application;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.smartcourt.identity.AccountProfiles;
import org.smartcourt.shared.Language;
import org.springframework.stereotype.Component;

/** The language a person reads the platform in; the default language for someone without an account. */
@Component
public class RecipientLanguage {

    private final AccountProfiles accounts;

    RecipientLanguage(AccountProfiles accounts) {
        this.accounts = accounts;
    }

    public Language of(@Nullable String username) {
        if (username == null) {
            return Language.DEFAULT;
        }
        return accounts.profile(username)
                .map(AccountProfiles.AccountProfile::language)
                .orElse(Language.DEFAULT);
    }

    public Locale localeOf(@Nullable String username) {
        return of(username).locale();
    }
}
