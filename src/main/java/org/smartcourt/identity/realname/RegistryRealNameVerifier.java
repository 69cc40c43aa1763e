package org.smartcourt.identity.realname;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.smartcourt.identity.ResidentIdNumber;
import org.smartcourt.identity.UnifiedSocialCreditCode;
import org.smartcourt.identity.application.IdentityProperties;
import org.smartcourt.identity.domain.RealNameVerifier;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Verifies real names against a CSV registry ({@code name,number} per line; {@code #} starts a comment), after
 * checking the number's check character. Organisations are listed with their credit code and may add their legal
 * representative as a third column. Stands in for a government identity-authentication service.
 */
@Component
class RegistryRealNameVerifier implements RealNameVerifier {

    static final String METHOD = "registry";

    private final Set<String> entries;

    RegistryRealNameVerifier(IdentityProperties properties, ResourceLoader resources) {
        this.entries = load(resources, properties.realName().registry());
    }

    @Override
    public Result verify(Claim claim) {
        boolean matched;
        if (claim instanceof Claim.Person person) {
            matched = isValidPerson(person)
                    && listed(person.name(), person.idNumber().value());
        } else {
            var organisation = (Claim.Organisation) claim;
            var code = organisation.creditCode().value();
            matched = UnifiedSocialCreditCode.problemWith(code).isEmpty()
                    && (listed(organisation.name(), code)
                            || entries.contains(key(organisation.name(), code, organisation.legalRepresentative())));
        }
        return new Result(matched, METHOD);
    }

    private static boolean isValidPerson(Claim.Person person) {
        var number = person.idNumber().value();
        return ResidentIdNumber.checkCharacter(number.substring(0, 17)) == number.charAt(17);
    }

    private boolean listed(String name, String number) {
        return entries.contains(key(name, number));
    }

    private static String key(String... parts) {
        return String.join(",", parts).toUpperCase(Locale.ROOT);
    }

    private static Set<String> load(ResourceLoader resources, String location) {
        var resource = resources.getResource(location);
        var loaded = new HashSet<String>();
        try (var reader =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                var content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                var columns = content.split(",");
                var parts = new String[columns.length];
                for (var i = 0; i < columns.length; i++) {
                    parts[i] = columns[i].strip();
                }
                loaded.add(key(parts));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the real-name registry " + location, e);
        }
        return Set.copyOf(loaded);
    }
}
