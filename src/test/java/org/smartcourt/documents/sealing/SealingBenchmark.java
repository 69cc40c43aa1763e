package org.smartcourt.documents.sealing;

import java.time.Instant;
import java.util.List;
import org.smartcourt.documents.domain.Verdict;
import org.smartcourt.documents.rendering.PdfRenderer;
import org.smartcourt.documents.rendering.SealedDocumentTemplate;
import org.smartcourt.shared.CourtCode;

/**
 * A timed loop, not a unit test: how many sealed PDFs one thread renders and seals per second, and how long checking one
 * takes. Run it with {@code bench/documents.sh [documents] [verifications]}.
 */
public final class SealingBenchmark {

    private SealingBenchmark() {}

    public static void main(String[] arguments) {
        var documents = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 100;
        var verifications = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 300;
        var now = Instant.now();
        var authority = CertificateAuthority.createRoot(now);
        var pair = CertificateAuthority.newKeyPair();
        var court = CourtCode.of("鲁0102");
        var name = "济南市市中区人民法院";
        var seal = new Seal(
                court,
                name,
                pair.getPrivate(),
                List.of(authority.issueSeal(pair.getPublic(), court, name, now), authority.certificate()));
        var template = new SealedDocumentTemplate();
        var renderer = new PdfRenderer();
        var sealer = new PdfSealer();
        var check = new SignatureCheck(authority.certificate(), List.of());
        var body = "<p>受送达人：张三</p><p>送达文书：起诉状副本、应诉通知书、举证通知书、合议庭组成人员通知书。</p>"
                + "<p>本院已于送达时间将上述文书送达至受送达人确认的电子送达地址，送达完成。</p>";

        var warmUp = Math.max(10, documents / 5);
        byte[] last = null;
        for (var i = 0; i < warmUp; i++) {
            last = issue(template, renderer, sealer, seal, body, i);
        }
        var started = System.nanoTime();
        for (var i = 0; i < documents; i++) {
            last = issue(template, renderer, sealer, seal, body, i);
        }
        var issueSeconds = (System.nanoTime() - started) / 1e9;

        for (var i = 0; i < warmUp; i++) {
            check.check(last);
        }
        started = System.nanoTime();
        for (var i = 0; i < verifications; i++) {
            if (check.check(last).verdict() != Verdict.GENUINE) {
                throw new IllegalStateException("The benchmark's own document does not verify");
            }
        }
        var verifySeconds = (System.nanoTime() - started) / 1e9;

        System.out.printf(
                "java %s, %d cores%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.printf("PDF size: %d bytes%n", last.length);
        System.out.printf(
                "issue (render + seal): %d documents in %.2f s = %.1f sealed PDFs/s (%.1f ms each)%n",
                documents, issueSeconds, documents / issueSeconds, issueSeconds * 1000 / documents);
        System.out.printf(
                "verify: %d checks in %.2f s = %.2f ms per PDF%n",
                verifications, verifySeconds, verifySeconds * 1000 / verifications);
    }

    private static byte[] issue(
            SealedDocumentTemplate template, PdfRenderer renderer, PdfSealer sealer, Seal seal, String body, int n) {
        var now = Instant.now();
        var code = "BENCH" + String.format("%05d", n);
        var html = template.fill(
                "电子送达凭证",
                "（2026）鲁0102民初" + n + "号",
                body,
                seal.courtName(),
                now,
                code,
                "http://localhost:8080/documents/verify?code=" + code);
        return sealer.seal(renderer.render(html), seal, now, "电子送达凭证");
    }
}
