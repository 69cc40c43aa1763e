package org.smartcourt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Conventions the compiler cannot check: complete translations, no literal UI text, documented packages. */
class ConventionTests {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final List<String> LANGUAGES = List.of("zh_CN", "en");

    /** Attributes a person reads or hears; in templates they must come from messages. */
    private static final Set<String> READABLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "value");

    /** Text that needs no translation: punctuation, symbols and digits. */
    private static final Pattern LANGUAGE_NEUTRAL = Pattern.compile("[\\p{Punct}\\p{S}\\p{N}\\s·—，。：；、]*");

    private static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[(}]");

    @Test
    void everyMessageExistsInEveryLanguage() throws IOException {
        var missing = new ArrayList<String>();
        for (var bundle : bundles()) {
            var keysByLanguage = new TreeMap<String, Set<String>>();
            for (var language : LANGUAGES) {
                keysByLanguage.put(language, load(bundle, language).stringPropertyNames());
            }
            var allKeys = new TreeSet<String>();
            keysByLanguage.values().forEach(allKeys::addAll);
            keysByLanguage.forEach((language, keys) -> allKeys.stream()
                    .filter(key -> !keys.contains(key))
                    .forEach(key -> missing.add(bundle + "_" + language + ": " + key)));
        }
        assertThat(missing).as("message keys missing in a language").isEmpty();
    }

    @Test
    void noMessageIsBlank() throws IOException {
        var blank = new ArrayList<String>();
        for (var bundle : bundles()) {
            for (var language : LANGUAGES) {
                var messages = load(bundle, language);
                messages.stringPropertyNames().stream()
                        .filter(key -> messages.getProperty(key).isBlank())
                        .forEach(key -> blank.add(bundle + "_" + language + ": " + key));
            }
        }
        assertThat(blank).isEmpty();
    }

    @Test
    void templatesOnlyUseKeysThatExist() throws IOException {
        var known = new TreeSet<String>();
        for (var bundle : bundles()) {
            known.addAll(load(bundle, "en").stringPropertyNames());
        }
        var unknown = new ArrayList<String>();
        for (var template : templates()) {
            var matcher = MESSAGE_EXPRESSION.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!known.contains(matcher.group(1))) {
                    unknown.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
                }
            }
        }
        assertThat(unknown)
                .as("message keys used in templates but defined nowhere")
                .isEmpty();
    }

    @Test
    void templatesHoldNoLiteralTextForPeople() throws IOException {
        var literals = new ArrayList<String>();
        for (var template : templates()) {
            var document = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
            for (var element : document.getAllElements()) {
                if (replacesItsContent(element)) {
                    continue;
                }
                for (var child : element.childNodes()) {
                    if (child instanceof TextNode text
                            && !LANGUAGE_NEUTRAL.matcher(text.text()).matches()
                            && !insideReplacedElement(element)
                            && !element.tagName().equals("script")
                            && !element.tagName().equals("style")) {
                        literals.add(TEMPLATES.relativize(template) + ": \""
                                + text.text().strip() + "\"");
                    }
                }
                for (var attribute : element.attributes()) {
                    if (READABLE_ATTRIBUTES.contains(attribute.getKey())
                            && !element.hasAttr("th:" + attribute.getKey())
                            && !element.hasAttr("th:attr")
                            && !LANGUAGE_NEUTRAL.matcher(attribute.getValue()).matches()
                            && !isMachineValue(element, attribute.getKey())) {
                        literals.add(TEMPLATES.relativize(template) + ": " + attribute.getKey() + "=\""
                                + attribute.getValue() + "\"");
                    }
                }
            }
        }
        assertThat(literals)
                .as("literal text in templates; use #{...} messages")
                .isEmpty();
    }

    @Test
    void everyPackageSaysWhatItIsFor() throws IOException {
        try (Stream<Path> paths = Files.walk(SOURCES)) {
            var undocumented = paths.filter(Files::isDirectory)
                    .filter(ConventionTests::holdsJavaFiles)
                    .filter(directory -> !Files.exists(directory.resolve("package-info.java")))
                    .map(SOURCES::relativize)
                    .toList();
            assertThat(undocumented).as("packages without package-info.java").isEmpty();
        }
    }

    private static boolean holdsJavaFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.anyMatch(file -> file.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value attribute of a button or option is shown; of a hidden or checkbox input it is data. */
    private static boolean isMachineValue(Element element, String attribute) {
        return attribute.equals("value")
                && !element.tagName().equals("button")
                && !element.attr("type").equals("submit");
    }

    private static boolean replacesItsContent(Element element) {
        return element.hasAttr("th:text")
                || element.hasAttr("th:utext")
                || element.hasAttr("th:replace")
                || element.hasAttr("th:insert");
    }

    private static boolean insideReplacedElement(Element element) {
        for (var parent = element.parent(); parent != null; parent = parent.parent()) {
            if (replacesItsContent(parent)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            var names = new TreeSet<String>();
            files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".properties"))
                    .forEach(name -> names.add(name.replaceFirst("_(zh_CN|en)?\\.properties$|\\.properties$", "")));
            assertThat(names).as("message bundles").isNotEmpty();
            return names;
        }
    }

    private static Properties load(String bundle, String language) throws IOException {
        var file = MESSAGES.resolve(bundle + "_" + language + ".properties");
        var properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            var found = files.filter(file -> file.toString().endsWith(".html")).toList();
            assertThat(found).as("templates").isNotEmpty();
            return found;
        }
    }
}
