package org.smartcourt.documents.sealing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcourt.documents.DocumentsProperties;
import org.smartcourt.documents.domain.Verdict;
import org.smartcourt.documents.rendering.PdfRenderer;
import org.smartcourt.shared.CourtCode;

/** Sealing and checking without Spring: a fresh authority, a court seal, a rendered PDF. */
class SealingTests {

    private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");
    private static final CourtCode COURT = CourtCode.of("鲁0102");
    private static final String COURT_NAME = "济南市市中区人民法院";

    private static final CertificateAuthority authority = CertificateAuthority.createRoot(NOW);
    private static final Seal seal = sealOf(authority);
    private static final byte[] sealed = new PdfSealer().seal(renderedPdf(), seal, NOW, "电子送达");
    private static final SignatureCheck check = new SignatureCheck(authority.certificate(), List.of());

    @TempDir
    Path directory;

    private static Seal sealOf(CertificateAuthority issuer) {
        var pair = CertificateAuthority.newKeyPair();
        var certificate = issuer.issueSeal(pair.getPublic(), COURT, COURT_NAME, NOW);
        return new Seal(COURT, COURT_NAME, pair.getPrivate(), List.of(certificate, issuer.certificate()));
    }

    private static byte[] renderedPdf() {
        return new PdfRenderer().render("""
                <html xmlns="http://www.w3.org/1999/xhtml"><head><style>
                body { font-family: 'WenQuanYi Micro Hei'; } .issuer { text-align: right; margin-top: 20mm; }
                </style></head><body><h1>送达回证</h1><p>受送达人：张三</p>
                <p class="issuer">%s</p></body></html>
                """.formatted(COURT_NAME));
    }

    private static SignedRange range(byte[] pdf) {
        return SignedRange.findAll(pdf).get(0).orElseThrow();
    }

    private static byte[] flipAt(byte[] pdf, int position) {
        var copy = pdf.clone();
        copy[position] ^= 0x01;
        return copy;
    }

    /** Replaces one hex digit of /Contents with another hex digit, so the hex string stays well formed. */
    private static byte[] changeHexDigit(byte[] pdf, int position) {
        var copy = pdf.clone();
        copy[position] = (byte) (copy[position] == '0' ? '1' : '0');
        return copy;
    }

    /** The position in the file just after the last hex digit of the CMS object, where the zero padding starts. */
    private static int endOfSignature(byte[] pdf) {
        var range = range(pdf);
        var contents = range.contents(pdf);
        var last = contents.length - 1;
        while (contents[last] == 0) {
            last--;
        }
        return (int) range.length1() + 1 + 2 * (last + 1);
    }

    private static byte[] incrementalUpdate(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf);
                var out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle("已变更");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<Arguments> tampering() {
        return Stream.of(
                Arguments.of("a byte near the start of the file", (UnaryOperator<byte[]>) pdf -> flipAt(pdf, 20)),
                Arguments.of("a byte in the middle of the first signed range", (UnaryOperator<byte[]>)
                        pdf -> flipAt(pdf, (int) range(pdf).length1() / 2)),
                Arguments.of("a byte in the second signed range", (UnaryOperator<byte[]>)
                        pdf -> flipAt(pdf, (int) range(pdf).start2() + 40)),
                Arguments.of("the very last byte", (UnaryOperator<byte[]>) pdf -> flipAt(pdf, pdf.length - 1)),
                Arguments.of("a hex digit of the signature value in /Contents", (UnaryOperator<byte[]>)
                        pdf -> changeHexDigit(pdf, endOfSignature(pdf) - 12)),
                Arguments.of("a hex digit of a certificate carried in /Contents", (UnaryOperator<byte[]>)
                        pdf -> changeHexDigit(pdf, (int) range(pdf).length1() + 200)),
                Arguments.of("a hex digit of the zero padding in /Contents", (UnaryOperator<byte[]>)
                        pdf -> changeHexDigit(pdf, (int) range(pdf).start2() - 10)),
                Arguments.of("the /ByteRange keyword itself", (UnaryOperator<byte[]>) pdf ->
                        flipAt(pdf, SignedRange.indexOf(pdf, "/ByteRange".getBytes(StandardCharsets.US_ASCII), 0) + 2)),
                Arguments.of("bytes appended after sealing", (UnaryOperator<byte[]>)
                        pdf -> concat(pdf, "\n% appended\n".getBytes(StandardCharsets.US_ASCII))),
                Arguments.of("an incremental update after sealing", (UnaryOperator<byte[]>)
                        SealingTests::incrementalUpdate));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        var joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }

    @Test
    void aSealedPdfIsGenuineAndNamesItsSeal() {
        var result = check.check(sealed);

        assertThat(result.verdict()).as(result.reason()).isEqualTo(Verdict.GENUINE);
        assertThat(CourtSeals.commonName(result.signer())).isEqualTo(COURT_NAME);
        assertThat(result.signer().getSubjectX500Principal().getName()).contains("O=鲁0102");
    }

    @ParameterizedTest(name = "changing {0} makes it ALTERED")
    @MethodSource("tampering")
    void oneChangedByteMakesTheDocumentAltered(String what, UnaryOperator<byte[]> tamper) {
        var tampered = tamper.apply(sealed);

        assertThat(tampered).isNotEqualTo(sealed);
        assertThat(check.check(tampered).verdict()).isEqualTo(Verdict.ALTERED);
    }

    @Test
    void aSealFromAnotherAuthorityIsAnUnknownSigner() {
        var stranger = sealOf(CertificateAuthority.createRoot(NOW));
        var forged = new PdfSealer().seal(renderedPdf(), stranger, NOW, "电子送达");

        assertThat(check.check(forged).verdict()).isEqualTo(Verdict.UNKNOWN_SIGNER);
    }

    @Test
    void aPdfWithoutASignatureIsNotSigned() throws Exception {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);

            assertThat(check.check(out.toByteArray()).verdict()).isEqualTo(Verdict.NOT_SIGNED);
        }
    }

    @Test
    void theSignatureIsPadesBaselineShaped() throws Exception {
        try (var document = Loader.loadPDF(sealed)) {
            var signature = document.getLastSignatureDictionary();

            assertThat(signature.getFilter()).isEqualTo("Adobe.PPKLite");
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getSignDate().toInstant()).isEqualTo(NOW);
            assertThat(signature.getName()).isEqualTo(COURT_NAME);
            var widgets = document.getPage(document.getNumberOfPages() - 1).getAnnotations();
            assertThat(widgets)
                    .anySatisfy(widget ->
                            assertThat(widget.getRectangle().getWidth()).isGreaterThan(100));
        }
    }

    @Test
    void privateKeysAreEncryptedAtRestAndComeBackWithThePassword() {
        var encryption = new KeyEncryption("correct horse".toCharArray());

        var pem = encryption.encrypt(seal.key());

        assertThat(pem).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
        assertThat(encryption.decrypt(pem)).isEqualTo(seal.key());
    }

    @Test
    void aSealImportedFromAPkcs12FileSignsAndIsTrustedByItself() throws Exception {
        var realCa = CertificateAuthority.createRoot(NOW);
        var imported = sealOf(realCa);
        var store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(
                "seal",
                imported.key(),
                "secret".toCharArray(),
                imported.chain().toArray(new java.security.cert.Certificate[0]));
        var file = directory.resolve("seal.p12");
        try (var out = Files.newOutputStream(file)) {
            store.store(out, "secret".toCharArray());
        }

        var loaded = CourtSeals.importSeal(COURT, new DocumentsProperties.ImportedSeal(file, "secret"));
        var pdf = new PdfSealer().seal(renderedPdf(), loaded, NOW, "电子送达");

        assertThat(loaded.courtName()).isEqualTo(COURT_NAME);
        assertThat(new SignatureCheck(authority.certificate(), List.of(loaded.certificate()))
                        .check(pdf)
                        .verdict())
                .isEqualTo(Verdict.GENUINE);
        assertThat(check.check(pdf).verdict()).isEqualTo(Verdict.UNKNOWN_SIGNER);
    }
}
