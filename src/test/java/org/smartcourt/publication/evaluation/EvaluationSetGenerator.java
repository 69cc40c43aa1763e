package org.smartcourt.publication.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smartcourt.publication.anonymisation.BankCardDetector;
import org.smartcourt.publication.anonymisation.ResidentIdDetector;
import org.smartcourt.publication.anonymisation.Surnames;
import org.smartcourt.publication.evaluation.LabelledJudgment.Label;
import org.smartcourt.publication.evaluation.LabelledJudgment.PartyLabel;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the labelled evaluation set from real, already anonymised judgments: every masked person (张3, 刘某某, 李某1,
 * 吴xx), every unmasked defendant, every masked plate, phone, card and house number gets a realistic synthetic value
 * again, and the generator records where it put it. It also writes into the party heads what the courts had deleted
 * (a resident ID number that matches the birth date, a phone number, a bank-card number, an address below the county)
 * and labels the judges, clerk and case number, which must stay. Fixed seed: the output is reproducible.
 *
 * <p>Run: {@code bench/anonymisation-eval.sh} (or main with: corpus.jsonl output.jsonl [seed]).
 */
public final class EvaluationSetGenerator {

    static final long DEFAULT_SEED = 20261129L;

    private static final String GIVEN =
            "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国文辉林峰红玉兰志宏海波鹏飞云莉婷雪梅琳晨浩宇子轩欣怡佳颖博文" + "思远嘉俊雨萱天佑春生秋菊冬梅德福永安振兴立新家豪凯瑞晓东小龙慧敏淑珍金凤玉珍国庆卫东";
    private static final String[] MINORITY_FIRST = {
        "阿不都热合曼", "买买提", "艾力", "古丽娜尔", "努尔", "扎西", "次仁", "巴特尔", "阿依古丽", "热依拉", "其木格", "吐尔洪"
    };
    private static final String[] MINORITY_SECOND = {"买买提", "吐尔逊", "艾山", "多吉", "卓玛", "巴图", "依明", "尼亚孜", "阿布拉", "木合塔尔"};
    private static final String[] COMPOUNDS = {"欧阳", "司马", "诸葛", "上官", "司徒", "慕容", "夏侯", "皇甫", "尉迟", "东方"};
    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁苏浙赣鄂桂甘晋陕吉闽贵粤川";
    private static final String PLATE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    private static final String[] STREETS = {"建设路", "人民路", "和平街", "解放大道", "中山路", "幸福路", "文化街", "胜利路", "光明巷", "新华路"};
    private static final String[] VILLAGES = {"新华村", "李家村", "红星村", "王庄村", "前进村", "大兴村"};
    private static final String[] TOWNS = {"城关镇", "东城街道", "南湖乡", "新安镇", "西关街道"};
    private static final String[] COMPOUND_NAMES = {"幸福小区", "锦绣花园", "阳光新村", "翠苑小区", "金色家园"};

    private static final String SURNAME_ALTERNATIVES;

    static {
        var alternatives = new ArrayList<String>(Surnames.COMPOUND);
        alternatives.addAll(Surnames.single());
        SURNAME_ALTERNATIVES = String.join("|", alternatives);
    }

    /** A masked person: surname + 某某 / 某甲 / 某1 / 某 / xx / x1 / digits. */
    private static final Pattern PSEUDONYM = Pattern.compile("(?<![0-9A-Za-z])(" + SURNAME_ALTERNATIVES
            + ")(某某|某[甲乙丙丁戊己庚辛壬癸]|某\\d{1,2}|某|[xX]{1,2}\\d?|\\d{1,2}(?![\\d年月日时分秒号元万余条款项个次名人天周岁倍%％．.克米吨部台辆栋层楼组只件张份斤毫角折户间套瓶包支枚袋辆处起次级]))"
            + "(?![村镇乡路街区县市公司超市店厂小区号])");

    /** An unmasked defendant in the party head: 被告人安旭，男 / 被告人自报安旭，. */
    private static final Pattern DEFENDANT_HEAD = Pattern.compile("被告人(?:自报)?([\\p{IsHan}·]{2,8}?)[，,（(]");

    /** An unmasked victim or witness the court left in the text: 被害人许春辉、, 证人王五的证言. */
    private static final Pattern CUED_NAME = Pattern.compile("(被害人|证人)([\\p{IsHan}]{2,3}?)(?=[、，。的])");

    private static final Pattern NOT_A_NAME = Pattern.compile("证言|陈述|家|某|的|人|称|系");

    /** A masked slot followed by a business word is part of a company name (李某某天翔公司), not a person. */
    private static final Pattern ORGANISATION_AFTER = Pattern.compile("[\\p{IsHan}]{0,4}(?:公司|超市|酒店|宾馆|饭店|商行|厂|店)");

    /** A plate the court did not mask, or a house number it did not mask. */
    private static final Pattern REAL_PLATE =
            Pattern.compile("(?<![A-Za-z0-9])([" + PROVINCES + "新蒙藏青宁琼][A-Z])([A-HJ-NP-Z0-9]{5,6})(?![A-Za-z0-9])");

    private static final Pattern REAL_HOUSE = Pattern.compile("(?<=[路街巷弄村道苑园城座里])(?:\\d{1,4}(?:号楼|号院|号|弄|栋|幢|单元|室))+");

    private static final Pattern CASE_NUMBER =
            Pattern.compile("[（(]\\d{4}[）)][^，。；\\s]{1,20}?\\d+号(?:之[一二三四五六七八九十]+)?");
    private static final Pattern OFFICER = Pattern.compile("(?:审判长|代理审判员|审判员|人民陪审员|书记员)([\\p{IsHan}]{2,4})(?=\\s|$)");
    private static final Pattern MASKED_PLATE = Pattern.compile("([" + PROVINCES + "新蒙藏青宁琼])([A-Z])[×xXＸ*＊]{5,6}");
    private static final Pattern MASKED_MOBILE = Pattern.compile("(1[3-9]\\d)[×*]{4}(\\d{4})");
    private static final Pattern MASKED_CARD = Pattern.compile("(?<!\\d)(\\d{2,6})[×*]{2,}(\\d{2,4})(?!\\d)");
    private static final Pattern MASKED_ID = Pattern.compile("(?<=身份号码|身份证号码|身份证号)(?:[×xX*]{3,18}[0-9×xX*]{0,15})");
    private static final String UNIT = "(?:号楼|号院|号|弄|栋|幢|单元|楼|层|室|户)";
    private static final Pattern MASKED_HOUSE =
            Pattern.compile("某?(?:(?:[XＸ×x]{1,4}|\\d{1,4})" + UNIT + ")+(?:[XＸ×x]{1,4})?");
    private static final Pattern HEAD_RESIDENCE = Pattern.compile(
            "(?<=[，,])(住|现住|住址)((?:[\\p{IsHan}]{2,7}?(?:省|自治区))?(?:[\\p{IsHan}]{1,7}?(?:市|州|盟))?[\\p{IsHan}]{1,7}?(?:县|区|旗|市))(?=[。，,；])");
    private static final Pattern HEAD_BIRTH =
            Pattern.compile("(被告人|被害人)([^，,]{2,12})[，,][男女][，,](\\d{4})年(\\d{1,2})月(\\d{1,2})日出生");
    private static final Pattern VICTIM_FIRST = Pattern.compile("被害人([\\p{IsHan}·]{2,12}?)(?=[的，,。、在于被])");
    private static final Pattern BANK_CARD_WORD = Pattern.compile("银行卡(?![号（(0-9])");

    private final Random random;
    private final Set<String> usedNames = new HashSet<>();

    private static final int CORPUS_SIZE = 200;

    EvaluationSetGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        var corpus =
                Path.of(args.length > 0 ? args[0] : "src/main/resources/publication/demo/judge-criminal-501.jsonl");
        var output = Path.of(
                args.length > 1 ? args[1] : "src/test/resources/publication/evaluation/anonymisation-eval.jsonl");
        var seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        var json = JsonMapper.builder().build();
        var generator = new EvaluationSetGenerator(seed);
        var lines = new ArrayList<String>();
        // The evaluation set is made of the first CORPUS_SIZE judgments of the bundled corpus by text_id.
        var records = new ArrayList<tools.jackson.databind.JsonNode>();
        for (var line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                records.add(json.readTree(line));
            }
        }
        records.sort(java.util.Comparator.comparing((tools.jackson.databind.JsonNode record) ->
                record.get("text_id").asString()));
        for (var record : records.subList(0, Math.min(CORPUS_SIZE, records.size()))) {
            generator
                    .generate(record.get("text_id").asString(), record.get("fd").asString())
                    .ifPresent(judgment -> lines.add(json.writeValueAsString(judgment)));
        }
        Files.createDirectories(output.getParent());
        Files.write(output, lines, StandardCharsets.UTF_8);
        System.out.println("Wrote " + lines.size() + " labelled judgments to " + output);
    }

    /** One replacement of a span of the source text, with the labels it creates (offsets relative to the new value). */
    private record Slot(int start, int end, String value, List<Label> labels) {}

    java.util.Optional<LabelledJudgment> generate(String id, String source) {
        var caseNumber = CASE_NUMBER.matcher(source);
        if (!caseNumber.find()) {
            return java.util.Optional.empty();
        }
        var caseType = caseType(caseNumber.group());
        usedNames.clear();
        var officers = new HashSet<String>();
        var officer = OFFICER.matcher(source);
        while (officer.find()) {
            officers.add(officer.group(1));
        }
        usedNames.addAll(officers);

        var slots = new ArrayList<Slot>();
        var parties = new LinkedHashMap<String, String>();
        persons(source, officers, slots, parties);
        numbers(source, slots);
        insertions(source, slots);

        var text = new StringBuilder();
        var labels = new ArrayList<Label>();
        var position = 0;
        slots.sort(Comparator.comparingInt(Slot::start).thenComparingInt(Slot::end));
        var accepted = new ArrayList<Slot>();
        for (var slot : slots) {
            if (!accepted.isEmpty()
                    && slot.start() < accepted.get(accepted.size() - 1).end()) {
                continue;
            }
            accepted.add(slot);
        }
        for (var slot : accepted) {
            text.append(source, position, slot.start());
            var offset = text.length();
            text.append(slot.value());
            for (var label : slot.labels()) {
                labels.add(new Label(
                        offset + label.start(),
                        offset + label.end(),
                        label.category(),
                        label.role(),
                        label.known(),
                        label.rule2016(),
                        label.practice2024()));
            }
            position = slot.end();
        }
        text.append(source.substring(position));
        var published = text.toString();
        keepLabels(published, labels);
        labels.sort(Comparator.comparingInt(Label::start));
        var partyLabels = parties.entrySet().stream()
                .map(entry -> new PartyLabel(entry.getKey(), entry.getValue()))
                .toList();
        return java.util.Optional.of(new LabelledJudgment(id, caseType, published, partyLabels, labels));
    }

    private static String caseType(String caseNumber) {
        var type = caseNumber.replaceAll("^[（(]\\d{4}[）)]", "").replaceAll("[\\d号之一二三四五六七八九十]|字第|第", "");
        for (var code : List.of("刑初", "刑终", "刑再", "刑更", "刑核")) {
            if (type.contains(code.substring(0, 1)) && type.contains(code.substring(1))) {
                return code;
            }
        }
        return "刑初";
    }

    // ---- persons -------------------------------------------------------------------------------------------------

    private void persons(String source, Set<String> officers, List<Slot> slots, Map<String, String> parties) {
        var tokens = new LinkedHashMap<String, List<int[]>>();
        var matcher = PSEUDONYM.matcher(source);
        while (matcher.find()) {
            tokens.computeIfAbsent(matcher.group(), key -> new ArrayList<>())
                    .add(new int[] {matcher.start(), matcher.end()});
        }
        var head = DEFENDANT_HEAD.matcher(source);
        while (head.find()) {
            var name = head.group(1);
            if (name.contains("某")
                    || officers.contains(name)
                    || tokens.containsKey(name)
                    || !(Surnames.startsWithSurname(name) || name.contains("·"))) {
                continue;
            }
            var occurrences = new ArrayList<int[]>();
            for (var at = source.indexOf(name); at >= 0; at = source.indexOf(name, at + 1)) {
                occurrences.add(new int[] {at, at + name.length()});
            }
            tokens.put(name, occurrences);
        }
        var cued = CUED_NAME.matcher(source);
        while (cued.find()) {
            var name = cued.group(2);
            if (name.contains("某")
                    || officers.contains(name)
                    || tokens.containsKey(name)
                    || !Surnames.startsWithSurname(name)
                    || NOT_A_NAME.matcher(name).find()) {
                continue;
            }
            var occurrences = new ArrayList<int[]>();
            for (var at = source.indexOf(name); at >= 0; at = source.indexOf(name, at + 1)) {
                occurrences.add(new int[] {at, at + name.length()});
            }
            tokens.put(name, occurrences);
        }
        tokens.entrySet()
                .removeIf(token -> token.getValue().stream()
                        .anyMatch(occurrence -> ORGANISATION_AFTER
                                .matcher(source)
                                .region(occurrence[1], source.length())
                                .lookingAt()));
        for (var token : tokens.entrySet()) {
            var role = roleOf(source, token.getValue());
            var name = syntheticName(token.getKey());
            var known = List.of("DEFENDANT", "VICTIM", "WITNESS", "INCIDENTAL_CIVIL_PLAINTIFF", "APPRAISER")
                    .contains(role);
            if (known) {
                parties.put(name, role);
            }
            var rule2016 = switch (role) {
                case "DEFENDANT" -> "KEEP";
                case "PROSECUTOR", "DEFENDER" -> "ANY";
                default -> "MASK";
            };
            var practice2024 = role.equals("PROSECUTOR") || role.equals("DEFENDER") ? "ANY" : "MASK";
            for (var occurrence : token.getValue()) {
                slots.add(new Slot(
                        occurrence[0],
                        occurrence[1],
                        name,
                        List.of(new Label(0, name.length(), "PERSON", role, known, rule2016, practice2024))));
            }
        }
    }

    private static final Map<String, String> CUES = cues();

    private static Map<String, String> cues() {
        var cues = new LinkedHashMap<String, String>();
        cues.put("附带民事诉讼原告人", "INCIDENTAL_CIVIL_PLAINTIFF");
        cues.put("代理检察员", "PROSECUTOR");
        cues.put("被告人", "DEFENDANT");
        cues.put("被害人", "VICTIM");
        cues.put("鉴定人", "APPRAISER");
        cues.put("辩护人", "DEFENDER");
        cues.put("检察员", "PROSECUTOR");
        cues.put("检察官", "PROSECUTOR");
        cues.put("证人", "WITNESS");
        return cues;
    }

    /** The role word right before any occurrence, following lists joined by 、 back to their role word. */
    private static String roleOf(String source, List<int[]> occurrences) {
        for (var occurrence : occurrences) {
            var before = source.substring(Math.max(0, occurrence[0] - 40), occurrence[0]);
            before = before.replaceAll("(?:[\\p{IsHan}·]{1,6}、)+$", "");
            for (var cue : CUES.entrySet()) {
                if (before.endsWith(cue.getKey())) {
                    return cue.getValue();
                }
            }
        }
        return "OTHER";
    }

    private String syntheticName(String token) {
        for (var attempt = 0; ; attempt++) {
            var name = candidateName(token);
            if (usedNames.stream().noneMatch(used -> used.contains(name) || name.contains(used))) {
                usedNames.add(name);
                return name;
            }
            if (attempt > 50) {
                throw new IllegalStateException("No fresh name for " + token);
            }
        }
    }

    private String candidateName(String token) {
        var roll = random.nextInt(100);
        if (roll < 4) {
            return pick(MINORITY_FIRST) + "·" + pick(MINORITY_SECOND);
        }
        var compound = Surnames.compoundOf(token);
        String surname;
        if (!compound.isEmpty()) {
            surname = compound;
        } else if (roll < 8) {
            surname = pick(COMPOUNDS);
        } else {
            surname = token.substring(0, 1);
        }
        var given = new StringBuilder();
        var length = random.nextInt(100) < 70 ? 2 : 1;
        for (var i = 0; i < length; i++) {
            given.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return surname + given;
    }

    // ---- numbers in masked slots -----------------------------------------------------------------------------------

    private void numbers(String source, List<Slot> slots) {
        var plate = MASKED_PLATE.matcher(source);
        while (plate.find()) {
            var value = plate.group(1) + plate.group(2) + plateSerial();
            slots.add(labelled(plate, value, "PLATE"));
        }
        var realPlate = REAL_PLATE.matcher(source);
        while (realPlate.find()) {
            if (realPlate.group(2).chars().anyMatch(Character::isDigit)) {
                slots.add(labelled(realPlate, realPlate.group(1) + plateSerial(), "PLATE"));
            }
        }
        var realHouse = REAL_HOUSE.matcher(source);
        while (realHouse.find()) {
            var filled = new StringBuilder();
            var number = Pattern.compile("\\d{1,4}").matcher(realHouse.group());
            while (number.find()) {
                number.appendReplacement(filled, Integer.toString(1 + random.nextInt(300)));
            }
            number.appendTail(filled);
            slots.add(labelled(realHouse, filled.toString(), "ADDRESS"));
        }
        var mobile = MASKED_MOBILE.matcher(source);
        while (mobile.find()) {
            var value = mobile.group(1) + digits(4) + mobile.group(2);
            slots.add(labelled(mobile, value, "PHONE"));
        }
        var card = MASKED_CARD.matcher(source);
        while (card.find()) {
            if (!MASKED_MOBILE.matcher(card.group()).matches()) {
                slots.add(labelled(card, bankCard(), "BANK_CARD"));
            }
        }
        var id = MASKED_ID.matcher(source);
        while (id.find()) {
            slots.add(labelled(
                    id,
                    residentId(1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    "ID_NUMBER"));
        }
        var house = MASKED_HOUSE.matcher(source);
        while (house.find()) {
            var chain = house.group();
            if (!chain.matches(".*[XＸ×x].*")) {
                continue;
            }
            var prefix = chain.startsWith("某") ? pick(COMPOUND_NAMES) : "";
            var body = (chain.startsWith("某") ? chain.substring(1) : chain);
            var filled = new StringBuilder();
            var run = Pattern.compile("[XＸ×x]{1,4}").matcher(body);
            while (run.find()) {
                run.appendReplacement(
                        filled, Integer.toString(1 + random.nextInt(run.group().length() >= 3 ? 999 : 99)));
            }
            run.appendTail(filled);
            var value = prefix + filled;
            slots.add(new Slot(
                    house.start(),
                    house.end(),
                    value,
                    List.of(new Label(prefix.length(), value.length(), "ADDRESS", "", false, "MASK", "MASK"))));
        }
    }

    /** What the courts deleted from the party heads and facts, written back: ID number, phone, bank card, address. */
    private void insertions(String source, List<Slot> slots) {
        var birth = HEAD_BIRTH.matcher(source);
        while (birth.find()) {
            if (random.nextInt(100) < 70) {
                var id = residentId(
                        Integer.parseInt(birth.group(3)),
                        Integer.parseInt(birth.group(4)),
                        Integer.parseInt(birth.group(5)));
                var value = "，公民身份号码" + id;
                slots.add(new Slot(
                        birth.end(),
                        birth.end(),
                        value,
                        List.of(new Label(
                                value.length() - id.length(),
                                value.length(),
                                "ID_NUMBER",
                                "",
                                false,
                                "MASK",
                                "MASK"))));
            }
        }
        var victim = VICTIM_FIRST.matcher(source);
        var seen = new HashSet<String>();
        while (victim.find()) {
            if (seen.add(victim.group(1)) && random.nextInt(100) < 40) {
                var phone = random.nextInt(100) < 85
                        ? "1" + "3456789".charAt(random.nextInt(7)) + digits(9)
                        : "0" + (10 + random.nextInt(89)) + "-" + (2 + random.nextInt(8)) + digits(7);
                var value = "（联系电话" + phone + "）";
                slots.add(new Slot(
                        victim.end(),
                        victim.end(),
                        value,
                        List.of(new Label(5, 5 + phone.length(), "PHONE", "", false, "MASK", "MASK"))));
            }
        }
        var cardWord = BANK_CARD_WORD.matcher(source);
        while (cardWord.find()) {
            var card = bankCard();
            var value = "（卡号" + card + "）";
            slots.add(new Slot(
                    cardWord.end(),
                    cardWord.end(),
                    value,
                    List.of(new Label(3, 3 + card.length(), "BANK_CARD", "", false, "MASK", "MASK"))));
        }
        var residence = HEAD_RESIDENCE.matcher(source);
        while (residence.find()) {
            var tail = random.nextBoolean()
                    ? pick(TOWNS) + pick(STREETS) + (1 + random.nextInt(300)) + "号"
                    : pick(TOWNS) + pick(VILLAGES) + (1 + random.nextInt(12)) + "组" + (1 + random.nextInt(80)) + "号";
            slots.add(new Slot(
                    residence.end(),
                    residence.end(),
                    tail,
                    List.of(new Label(0, tail.length(), "ADDRESS", "", false, "MASK", "MASK"))));
        }
    }

    private static Slot labelled(Matcher matcher, String value, String category) {
        return new Slot(
                matcher.start(),
                matcher.end(),
                value,
                List.of(new Label(0, value.length(), category, "", false, "MASK", "MASK")));
    }

    /** The judges, clerk and case number of the published text: never to be masked. */
    private static void keepLabels(String text, List<Label> labels) {
        var number = CASE_NUMBER.matcher(text);
        while (number.find()) {
            labels.add(new Label(number.start(), number.end(), "CASE_NUMBER", "", false, "KEEP", "KEEP"));
        }
        var officer = OFFICER.matcher(text);
        while (officer.find()) {
            labels.add(new Label(officer.start(1), officer.end(1), "JUDGE", "", false, "KEEP", "KEEP"));
        }
    }

    private String plateSerial() {
        var serial = new StringBuilder();
        for (var i = 0; i < 5; i++) {
            serial.append(PLATE_CHARS.charAt(random.nextInt(PLATE_CHARS.length())));
        }
        if (serial.chars().noneMatch(Character::isDigit)) {
            serial.setCharAt(4, (char) ('0' + random.nextInt(10)));
        }
        return serial.toString();
    }

    private String digits(int count) {
        var digits = new StringBuilder();
        for (var i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private String residentId(int year, int month, int day) {
        var area = new String[] {"110105", "310115", "370102", "440304", "510104", "420102", "330106", "650102"};
        var first17 = pick(area) + "%04d%02d%02d".formatted(year, Math.min(month, 12), Math.min(day, 28)) + digits(3);
        return first17 + ResidentIdDetector.checkCharacter(first17);
    }

    private String bankCard() {
        for (; ; ) {
            var prefix = pick(new String[] {"622202", "622848", "621700", "623058", "621226", "436742"});
            var body = prefix + digits((random.nextBoolean() ? 19 : 16) - prefix.length() - 1);
            for (var check = 0; check < 10; check++) {
                var card = body + check;
                if (BankCardDetector.passesLuhn(card) && !ResidentIdDetector.isValid(card)) {
                    return card;
                }
            }
        }
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
