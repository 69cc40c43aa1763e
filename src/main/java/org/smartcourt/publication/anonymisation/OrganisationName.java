package org.smartcourt.publication.anonymisation;

import java.util.List;

/**
 * Organisation names: whether a name is one, and how it is masked under the 2024 practice. RULES.md §5.5 says
 * organisation names are masked but not how; we keep the legal-form suffix so that the judgment stays readable
 * (上海华源贸易有限公司 → 某有限公司, 某1有限公司 and 某2有限公司 when two collide).
 */
public final class OrganisationName {

    /** Legal-form and type suffixes, longest first. */
    static final List<String> SUFFIXES = List.of(
            "股份有限公司", "有限责任公司", "有限公司", "分公司", "公司", "集团", "合伙企业", "专业合作社", "合作社", "经营部", "商行", "银行", "支行", "分行", "信用社",
            "酒店", "饭店", "超市", "商店", "门市部", "工作室", "事务所", "研究院", "医院", "学校", "幼儿园", "委员会", "协会", "中心", "厂", "店", "场",
            "社");

    /** State organs and the court's own world: never masked as an organisation. */
    private static final List<String> STATE_ORGANS = List.of(
            "人民法院", "法院", "人民检察院", "检察院", "公安", "派出所", "看守所", "监狱", "司法局", "律师事务所", "法律援助", "法律服务所", "人民政府", "政府",
            "交通警察", "交警", "戒毒所", "海关", "税务局", "监察委员会");

    private OrganisationName() {}

    public static boolean looksLikeOrganisation(String name) {
        return SUFFIXES.stream().anyMatch(name::endsWith) && name.length() >= 3;
    }

    /** Business names HanLP recognises: only these are masked without the record (hospitals, banks, agencies stay). */
    public static boolean isBusiness(String name) {
        return name.length() >= 4 && BUSINESS_SUFFIXES.stream().anyMatch(name::endsWith) && !isStateOrgan(name);
    }

    private static final List<String> BUSINESS_SUFFIXES =
            List.of("公司", "集团", "合作社", "商行", "经营部", "厂", "酒店", "饭店", "超市", "门市部", "工作室");

    public static boolean isStateOrgan(String name) {
        return STATE_ORGANS.stream().anyMatch(name::contains);
    }

    /** The masked form before collisions are numbered: 某 + the legal-form suffix. */
    public static String shorten(String name) {
        for (var suffix : SUFFIXES) {
            if (name.endsWith(suffix)) {
                return "某" + suffix;
            }
        }
        return "某单位";
    }
}
