package org.smartcourt.publication.anonymisation;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A case-type code (类型代字) such as 刑初 or 民初, from the SPC standard 《人民法院案件类型及其代字标准》 (RULES.md §2.3), and
 * the branch of law it belongs to.
 */
public record CaseType(String code) {

    private static final Pattern SHAPE = Pattern.compile("[\\p{IsHan}]{1,4}");

    // RULES.md §2.3: the 129 codes of the standard (court-codes/case_type_codes.csv) plus 民诉前调 seen in real numbers.
    private static final Set<String> KNOWN = Set.of(
            "刑他", "刑再", "刑初", "刑医", "刑医复", "刑医监", "刑医解", "刑抗", "刑教", "刑教复", "刑教监", "刑教解", "刑更", "刑更备", "刑更监", "刑核",
            "刑止", "刑止核", "刑止调", "刑没", "刑申", "刑监", "刑终", "刑辖", "助移管", "助移赃", "协他", "协外引", "协外移", "协外认", "协外调", "协外送",
            "台请调", "台请送", "司惩", "司惩复", "司救他", "司救刑", "司救执", "司救民", "司救行", "司救访", "司救赔", "委赔", "委赔再", "委赔提", "委赔监", "强清",
            "执", "执他", "执保", "执协", "执复", "执异", "执恢", "执监", "民他", "民保令", "民保更", "民催", "民再", "民初", "民抗", "民撤", "民特",
            "民特监", "民申", "民监", "民督", "民督监", "民终", "民辖", "民辖监", "民辖终", "法赔", "清申", "清监", "清终", "港请调", "港请送", "澳请调",
            "澳请送", "破", "破申", "破监", "破终", "行他", "行保", "行保复", "行再", "行初", "行审", "行审复", "行抗", "行申", "行监", "行终", "行赔他",
            "行赔再", "行赔初", "行赔抗", "行赔申", "行赔监", "行赔终", "行辖", "行辖终", "认他", "认台", "认复", "认港", "认澳", "证保", "请台调", "请台送",
            "请外引", "请外移", "请外调", "请外送", "请港调", "请港送", "请澳调", "请澳送", "请移管", "请移赃", "财保", "赔他", "赔确监", "赔辖", "赔辖终",
            "民诉前调");

    /** The branch of law that decides who is anonymised under the 2016 rule. */
    public enum Branch {
        CRIMINAL,
        CIVIL,
        ADMINISTRATIVE,
        ENFORCEMENT,
        OTHER
    }

    public CaseType {
        if (code == null || !SHAPE.matcher(code).matches() || !KNOWN.contains(code)) {
            throw new IllegalArgumentException("Unknown case-type code: " + code);
        }
    }

    public static boolean isKnown(String code) {
        return code != null && KNOWN.contains(code);
    }

    public Branch branch() {
        if (code.startsWith("刑") || code.equals("司救刑")) {
            return Branch.CRIMINAL;
        }
        if (code.startsWith("民") || code.equals("司救民")) {
            return Branch.CIVIL;
        }
        if (code.startsWith("行") && !code.startsWith("行赔") && !code.startsWith("行保")) {
            return Branch.ADMINISTRATIVE;
        }
        if (code.startsWith("执") || code.equals("财保")) {
            return Branch.ENFORCEMENT;
        }
        return Branch.OTHER;
    }
}
