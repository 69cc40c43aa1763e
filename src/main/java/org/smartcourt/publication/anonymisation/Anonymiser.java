package org.smartcourt.publication.anonymisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a judgment into the text published on China Judgments Online (法释〔2016〕19号 Art. 8–11). Order: (a) literal
 * replacement of what the case record knows, (b) detectors for numbers and addresses, (c) name recognition for people
 * the record does not know, (d) the reviewer's corrections. Overlaps: corrections, then the record, then detectors, then
 * recognition; within a stage the longest, then the earliest span wins. The case number and the court officers are
 * never masked.
 */
public final class Anonymiser {

    private static final int REVIEWER = 0;
    private static final int RECORD = 1;
    private static final int DETECTOR = 2;
    private static final int RECOGNISER = 3;

    private final List<Detector> detectors = List.of(
            new ResidentIdDetector(),
            new BankCardDetector(),
            new MobileDetector(),
            new LandlineDetector(),
            new PlateDetector(),
            new EmailDetector(),
            new PropertyCertificateDetector(),
            new AddressDetector());

    private final NameRecogniser recogniser;

    public Anonymiser(NameRecogniser recogniser) {
        this.recogniser = recogniser;
    }

    /** A candidate redaction; {@code subject} is the person or organisation it names, for consistent pseudonyms. */
    private record Candidate(
            Redaction redaction, int stage, String subject, boolean organisation, boolean transliterated) {}

    public Anonymised anonymise(Judgment judgment) {
        var text = judgment.text();
        var policy = new PublicationPolicy(judgment.profile(), judgment.caseType(), text);
        var officersInRecord = judgment.parties().stream()
                .filter(party -> party.role().isCourtOfficer())
                .map(Party::name)
                .toList();
        var guard = ProtectedSpans.in(text, officersInRecord);
        var kept = new HashSet<String>(guard.officerNames());
        var candidates = new ArrayList<Candidate>();

        fromRecord(text, judgment.parties(), policy, kept, candidates);
        fromDetectors(text, judgment.profile(), candidates);
        fromRecogniser(text, judgment.parties(), policy, kept, candidates);
        fromReviewer(text, judgment.corrections(), candidates);

        var accepted = resolve(candidates, judgment.corrections(), guard);
        return render(text, accepted);
    }

    private static void fromRecord(
            String text, List<Party> parties, PublicationPolicy policy, Set<String> kept, List<Candidate> candidates) {
        for (var party : parties) {
            var organisation = OrganisationName.looksLikeOrganisation(party.name());
            if (policy.maskingRule(party.role(), organisation).isEmpty()) {
                kept.add(party.name());
            }
        }
        for (var party : parties) {
            var organisation = OrganisationName.looksLikeOrganisation(party.name());
            var rule = policy.maskingRule(party.role(), organisation);
            if (rule.isEmpty()) {
                continue;
            }
            var category = organisation ? Category.ORGANISATION : Category.PERSON;
            var names = organisation ? List.of(party.name()) : PersonName.aliases(party.name());
            for (var name : names) {
                var alias = !name.equals(party.name());
                for (var at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                    if (alias && (afterSurname(text, at) || insideKeptName(text, at, name.length(), kept))) {
                        continue; // 建国 inside 李建国 is someone else's name
                    }
                    var redaction = new Redaction(at, at + name.length(), category, rule.get() + "·案件记录", "");
                    candidates.add(new Candidate(redaction, RECORD, party.name(), organisation, false));
                }
            }
        }
    }

    private static boolean afterSurname(String text, int at) {
        return at > 0 && Surnames.isSingle(text.codePointAt(at - 1));
    }

    private static boolean insideKeptName(String text, int at, int length, Set<String> kept) {
        for (var name : kept) {
            for (var from = Math.max(0, at - name.length()); ; ) {
                var found = text.indexOf(name, from);
                if (found < 0 || found > at + length) {
                    break;
                }
                if (found < at + length && at < found + name.length()) {
                    return true;
                }
                from = found + 1;
            }
        }
        return false;
    }

    private void fromDetectors(String text, Profile profile, List<Candidate> candidates) {
        for (var detector : detectors) {
            for (var redaction : detector.detect(text)) {
                if (profile == Profile.RULE_2016
                        && redaction.rule().equals(AddressDetector.ORGANISATION_DOMICILE_RULE)) {
                    continue; // Art. 11: an organisation's domicile is published under the 2016 rule.
                }
                candidates.add(new Candidate(redaction, DETECTOR, "", false, false));
            }
        }
    }

    private void fromRecogniser(
            String text, List<Party> parties, PublicationPolicy policy, Set<String> kept, List<Candidate> candidates) {
        var known = new HashMap<String, Role>();
        parties.forEach(party -> known.put(party.name(), party.role()));
        var mentions = new ArrayList<NameRecogniser.Mention>(recogniser.recognise(text));
        mentions.addAll(CueNameFinder.find(text));
        var keptSpans = occurrences(text, kept);
        var roles = new HashMap<String, Role>();
        for (var mention : mentions) {
            var name = text.substring(mention.start(), mention.end());
            var role = RoleCues.before(text, mention.start());
            if (role != Role.OTHER) {
                roles.putIfAbsent(name, role);
            }
        }
        for (var mention : mentions) {
            var name = text.substring(mention.start(), mention.end());
            if (kept.contains(name) || overlapsAny(keptSpans, mention.start(), mention.end())) {
                continue; // a kept defendant, a court officer, or a fragment of their name
            }
            if (mention.kind() == NameRecogniser.Kind.PERSON
                    && isPlausiblePerson(name, mention.transliterated())
                    && isPersonInContext(text, mention.start(), mention.end())) {
                var role = known.getOrDefault(name, roles.getOrDefault(name, Role.OTHER));
                policy.maskingRule(role, false)
                        .ifPresent(rule -> candidates.add(new Candidate(
                                new Redaction(mention.start(), mention.end(), Category.PERSON, rule + "·HanLP人名识别", ""),
                                RECOGNISER,
                                name,
                                false,
                                mention.transliterated())));
            } else if (mention.kind() == NameRecogniser.Kind.ORGANISATION && OrganisationName.isBusiness(name)) {
                var role = known.getOrDefault(name, Role.OTHER);
                policy.maskingRule(role, true)
                        .ifPresent(rule -> candidates.add(new Candidate(
                                new Redaction(
                                        mention.start(), mention.end(), Category.ORGANISATION, rule + "·HanLP机构识别", ""),
                                RECOGNISER,
                                name,
                                true,
                                false)));
            }
        }
    }

    /**
     * Not a digit before (0时许), not a place (吴江区), not the name of a firm (莫少平律师事务所), not 于本 of
     * 于本判决 nor 向本院.
     */
    private static boolean isPersonInContext(String text, int start, int end) {
        if (start > 0 && Character.isDigit(text.charAt(start - 1))) {
            return false;
        }
        if ("区县市省镇乡村路街州".indexOf(text.charAt(end - 1)) >= 0) {
            return false;
        }
        var after = text.substring(end, Math.min(text.length(), end + 6));
        // 于本判决生效之日起, 向本院: a preposition before 本 is not a surname before a given name.
        var name = text.substring(start, end);
        if (name.endsWith("本院")
                || (name.endsWith("本")
                        && (after.startsWith("判决") || after.startsWith("裁定") || after.startsWith("院")))) {
            return false;
        }
        return !(after.startsWith("律师事务所")
                || after.startsWith("公司")
                || after.startsWith("集团")
                || after.startsWith("人民")
                || after.startsWith("派出所")
                || after.startsWith("法律"));
    }

    private static List<int[]> occurrences(String text, Set<String> names) {
        var spans = new ArrayList<int[]>();
        for (var name : names) {
            for (var at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                spans.add(new int[] {at, at + name.length()});
            }
        }
        return spans;
    }

    private static boolean overlapsAny(List<int[]> spans, int start, int end) {
        return spans.stream().anyMatch(span -> start < span[1] && span[0] < end);
    }

    /** Recognised "names" that are already masked (张某, 李x, 王3) or too short or long are not people to mask. */
    private static boolean isPlausiblePerson(String name, boolean transliterated) {
        if (name.codePoints().anyMatch(c -> c == '某' || c == '×' || c == 'x' || c == 'X' || Character.isDigit(c))) {
            return false;
        }
        if (transliterated || PersonName.isTransliterated(name)) {
            return name.length() >= 2 && name.length() <= 16;
        }
        return name.length() >= 2 && name.length() <= 4 && Surnames.startsWithSurname(name);
    }

    /**
     * A masked name without a replacement of the reviewer's gets its pseudonym, so that it reads like the others (张某,
     * 张某1); anything else is crossed out; a replacement the reviewer typed is published as typed.
     */
    private static void fromReviewer(String text, List<ReviewerCorrection> corrections, List<Candidate> candidates) {
        for (var correction : corrections) {
            if (correction.action() != ReviewerCorrection.Action.MASK || correction.end() > text.length()) {
                continue;
            }
            var span = text.substring(correction.start(), correction.end());
            var named = correction.replacement().isEmpty() && isName(span, correction.category());
            candidates.add(new Candidate(
                    new Redaction(
                            correction.start(),
                            correction.end(),
                            correction.category(),
                            "审核人员更正",
                            correction.replacement()),
                    REVIEWER,
                    named ? span : "",
                    correction.category() == Category.ORGANISATION,
                    false));
        }
    }

    /** A person's name (a surname first, or a transliteration) or an organisation's: pseudonyms; else crosses. */
    private static boolean isName(String span, Category category) {
        if (category == Category.PERSON) {
            return Surnames.startsWithSurname(span) || PersonName.isTransliterated(span);
        }
        return category == Category.ORGANISATION && OrganisationName.looksLikeOrganisation(span);
    }

    private static List<Candidate> resolve(
            List<Candidate> candidates, List<ReviewerCorrection> corrections, ProtectedSpans guard) {
        var ordered = candidates.stream()
                .sorted(Comparator.comparingInt(Candidate::stage)
                        .thenComparing(candidate -> -candidate.redaction().length())
                        .thenComparingInt(candidate -> candidate.redaction().start()))
                .toList();
        var accepted = new ArrayList<Candidate>();
        for (var candidate : ordered) {
            var redaction = candidate.redaction();
            if (guard.overlaps(redaction.start(), redaction.end())) {
                continue; // never mask the case number or a court officer
            }
            if (candidate.stage() != REVIEWER && keptByReviewer(redaction, corrections)) {
                continue;
            }
            if (accepted.stream().noneMatch(other -> other.redaction().overlaps(redaction))) {
                accepted.add(candidate);
            }
        }
        accepted.sort(Comparator.comparingInt(candidate -> candidate.redaction().start()));
        return accepted;
    }

    private static boolean keptByReviewer(Redaction redaction, List<ReviewerCorrection> corrections) {
        return corrections.stream()
                .anyMatch(correction -> correction.action() == ReviewerCorrection.Action.KEEP
                        && redaction.overlaps(correction.start(), correction.end()));
    }

    private static Anonymised render(String text, List<Candidate> accepted) {
        var shortened = new LinkedHashMap<String, String>();
        for (var candidate : accepted) {
            if (!candidate.subject().isEmpty()) {
                shortened.computeIfAbsent(
                        key(candidate),
                        k -> candidate.organisation()
                                ? OrganisationName.shorten(candidate.subject())
                                : PersonName.shorten(candidate.subject(), candidate.transliterated()));
            }
        }
        Map<String, String> pseudonyms = Pseudonyms.number(shortened);
        var published = new StringBuilder();
        var redactions = new ArrayList<Redaction>();
        var position = 0;
        for (var candidate : accepted) {
            var redaction = candidate.redaction();
            if (!candidate.subject().isEmpty()) {
                redaction = redaction.withReplacement(pseudonyms.get(key(candidate)));
            } else if (redaction.replacement().isEmpty()) {
                redaction = redaction.withReplacement(Detector.crosses(redaction.length()));
            }
            published.append(text, position, redaction.start()).append(redaction.replacement());
            position = redaction.end();
            redactions.add(redaction);
        }
        published.append(text.substring(position));
        return new Anonymised(published.toString(), redactions);
    }

    private static String key(Candidate candidate) {
        return (candidate.organisation() ? "O:" : "P:") + candidate.subject();
    }
}
