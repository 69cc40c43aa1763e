package org.smartcourt.notifications.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.smartcourt.notifications.MessageKind;
import org.smartcourt.notifications.ReminderTemplate;

/**
 * A message written in every language under {@code notifications.template.<code>}: a subject, a body for the inbox
 * and e-mail, and a short text for SMS, each taking the same arguments.
 */
public record Template(String code, MessageKind kind, int arguments) {

    /** The message a person sends themselves to see that their e-mail and mobile number reach them. */
    public static final Template CHECK = new Template("check", MessageKind.ALERT, 0);

    /** News about a person's filing waits in their inbox (a decision on registration). */
    public static final Template INBOX_NEWS = new Template("inboxNews", MessageKind.ALERT, 0);

    public Template {
        if (!code.matches("[a-z][A-Za-z]*")) {
            throw new IllegalArgumentException("Not a template code: " + code);
        }
    }

    public static Template of(ReminderTemplate template) {
        var words = template.name().toLowerCase(Locale.ROOT).split("_");
        var code = new StringBuilder(words[0]);
        for (var i = 1; i < words.length; i++) {
            code.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return new Template(code.toString(), template.kind(), template.arguments());
    }

    /** Every template, those other modules schedule and the module's own. */
    public static List<Template> all() {
        var all = new ArrayList<Template>();
        Arrays.stream(ReminderTemplate.values()).map(Template::of).forEach(all::add);
        all.add(CHECK);
        all.add(INBOX_NEWS);
        return all;
    }

    public static Template byCode(String code) {
        return all().stream()
                .filter(template -> template.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No template " + code));
    }

    public String subjectKey() {
        return "notifications.template." + code + ".subject";
    }

    public String bodyKey() {
        return "notifications.template." + code + ".body";
    }

    public String smsKey() {
        return "notifications.template." + code + ".sms";
    }
}
