package org.smartcourt.filing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.smartcourt.CourtApplication;
import org.smartcourt.courts.CaseTypeCode;
import org.smartcourt.docket.AmountInDispute;
import org.smartcourt.docket.CaseId;
import org.smartcourt.docket.CauseOfAction;
import org.smartcourt.docket.Docket;
import org.smartcourt.docket.NewCase;
import org.smartcourt.docket.Party;
import org.smartcourt.docket.PartyKind;
import org.smartcourt.docket.PartyRole;
import org.smartcourt.docket.Procedure;
import org.smartcourt.docket.application.RegisterCase;
import org.smartcourt.documents.rendering.PdfRenderer;
import org.smartcourt.filing.application.SaveAnswers;
import org.smartcourt.filing.application.StartDraft;
import org.smartcourt.filing.application.SubmitFiling;
import org.smartcourt.filing.domain.AmountInDisputeRule;
import org.smartcourt.filing.domain.ComplaintLayout;
import org.smartcourt.identity.IdentityFixtures;
import org.smartcourt.identity.application.CreateAccount;
import org.smartcourt.identity.application.GrantRequest;
import org.smartcourt.identity.application.Registration;
import org.smartcourt.identity.application.VerifyRealName;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * A timed loop, not a unit test: complaint PDFs generated per second (all eleven types in turn, one thread, no
 * database), and filings opened and registered per second through the use cases on the embedded database. Run it with
 * {@code bench/filing.sh [pdfs] [filings] [submissions]}.
 */
public final class FilingBenchmark {

    private static final String COURT = "鲁0102";

    private FilingBenchmark() {}

    public static void main(String[] arguments) throws Exception {
        var pdfs = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 110;
        var filings = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 200;
        var submissions = arguments.length > 2 ? Integer.parseInt(arguments[2]) : 50;
        complaints(pdfs);
        registrations(filings, submissions);
        System.exit(0);
    }

    private static void complaints(int count) {
        var renderer = new PdfRenderer();
        var date = LocalDate.of(2026, 11, 29);
        var pages = new ArrayList<String>();
        for (var type : SampleFilings.TYPES) {
            pages.add(ComplaintLayout.xhtml(
                    SampleFilings.schema(type), SampleFilings.sample(type).answers(), "济南市历下区人民法院", date));
        }
        for (var i = 0; i < Math.max(11, count / 5); i++) {
            renderer.render(pages.get(i % pages.size()));
        }
        long bytes = 0;
        var started = System.nanoTime();
        for (var i = 0; i < count; i++) {
            bytes += renderer.render(pages.get(i % pages.size())).length;
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "complaint PDFs: %d in %.2f s = %.1f per second (%.1f ms each, %d bytes on average)%n",
                count, seconds, count / seconds, seconds * 1000 / count, bytes / count);
    }

    private static void registrations(int filings, int submissions) throws Exception {
        var context = new SpringApplicationBuilder(CourtApplication.class)
                .properties(
                        "smartcourt.data-dir=target/bench-data",
                        "smartcourt.embedded-database.fresh=true",
                        "server.port=0",
                        "logging.level.root=warn")
                .run();
        var createAccount = context.getBean(CreateAccount.class);
        var filer = IdentityFixtures.username("bench");
        createAccount.create("system", registration(filer, "徐婷", "370102199203250070"), List.of(grant("LITIGANT")));
        context.getBean(VerifyRealName.class)
                .verify(filer, new VerifyRealName.Claim("徐婷", "370102199203250070", null, null));
        var clerk = IdentityFixtures.username("clerk");
        createAccount.create(
                "system",
                registration(clerk, "立案员", IdentityFixtures.residentId()),
                List.of(new GrantRequest("CLERK", COURT, null, null)));
        var docket = context.getBean(Docket.class);
        var register = context.getBean(RegisterCase.class);
        var schema = SampleFilings.schema("private-lending");
        var answers = SampleFilings.sample("private-lending").answers();
        var amount = new AmountInDispute(AmountInDisputeRule.sum(schema, answers));

        for (var i = 0; i < 20; i++) {
            register.register(docket.open(newCase(filer, amount)), clerk, RegisterCase.Decision.byDefault());
        }
        var started = System.nanoTime();
        for (var i = 0; i < filings; i++) {
            var id = docket.open(newCase(filer, amount));
            register.register(id, clerk, RegisterCase.Decision.byDefault());
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "filings opened and registered: %d in %.2f s = %.1f per second (%.1f ms each)%n",
                filings, seconds, filings / seconds, seconds * 1000 / filings);

        var start = context.getBean(StartDraft.class);
        var save = context.getBean(SaveAnswers.class);
        var submit = context.getBean(SubmitFiling.class);
        var cases = new ArrayList<CaseId>();
        started = System.nanoTime();
        for (var i = 0; i < submissions; i++) {
            var draft = start.start(filer, COURT, "private-lending");
            save.save(draft.id(), filer, answers);
            cases.add(submit.submit(draft.id(), filer, false, null));
        }
        seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "guided filings (draft, answers, complaint PDF, Docket.open, node): %d in %.2f s = %.1f per second%n",
                submissions, seconds, submissions / seconds);
        context.close();
    }

    private static NewCase newCase(String filer, AmountInDispute amount) {
        return new NewCase(
                org.smartcourt.shared.CourtCode.of(COURT),
                CaseTypeCode.of("民初"),
                Procedure.SUMMARY,
                CauseOfAction.named("民间借贷纠纷"),
                amount,
                List.of(
                        new Party(PartyRole.PLAINTIFF, PartyKind.NATURAL_PERSON, "徐婷", "370102199203250070", filer),
                        new Party(PartyRole.DEFENDANT, PartyKind.NATURAL_PERSON, "李四", "370102198506124560", null)),
                List.of(),
                filer);
    }

    private static Registration registration(String username, String name, String idNumber) {
        return new Registration(
                "NATURAL_PERSON",
                username,
                IdentityFixtures.PASSWORD,
                name,
                idNumber,
                null,
                null,
                "13900000031",
                null,
                null);
    }

    private static GrantRequest grant(String role) {
        return new GrantRequest(role, null, null, null);
    }
}
