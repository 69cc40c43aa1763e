package org.smartcourt.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium driven by Playwright (ADR 0006), one browser per journey class. Each journey opens fresh pages
 * through {@link #newPage()}, so cookies never leak from one journey to the next.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    /** WCAG 2.0, 2.1 and 2.2 at levels A and AA, as axe-core tags them. */
    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Playwright playwright;
    private com.microsoft.playwright.Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        assertThat(Files.isExecutable(CHROMIUM))
                .as("Chromium at %s (apt-get install chromium; .ci/run installs it)", CHROMIUM)
                .isTrue();
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--headless=new",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A page in a new browser context (no cookies), speaking the given language to the server. */
    public Page newPage(String acceptLanguage) {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale(acceptLanguage))
                .newPage();
    }

    public Page newPage() {
        return newPage("zh-CN");
    }

    /**
     * Fails with the list of WCAG 2.x A/AA violations axe-core finds on the page once its CSS transitions have ended
     * (a button still fading into its hover colour has a contrast that no user sees for long, and that would make the
     * check depend on timing).
     */
    public static void assertAccessible(Page page) {
        page.waitForFunction("() => document.getAnimations().every(animation => animation.playState !== 'running')");
        var results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
        var violations = results.getViolations().stream().map(Browser::describe).collect(Collectors.joining("\n"));
        assertThat(violations)
                .as("axe-core WCAG 2.x A/AA violations on %s", page.url())
                .isEmpty();
    }

    private static String describe(Rule rule) {
        var nodes = rule.getNodes().stream()
                .map(node -> "    " + node.getTarget() + ": " + node.getFailureSummary())
                .collect(Collectors.joining("\n"));
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n" + nodes;
    }
}
