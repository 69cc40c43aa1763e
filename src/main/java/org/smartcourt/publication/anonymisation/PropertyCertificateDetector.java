package org.smartcourt.publication.anonymisation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Certificate numbers of immovable and movable property rights (法释〔2016〕19号 Art. 10 ¶1 (1)): 鲁（2019）济南市不动产权第0012345号,
 * 济房权证历字第123456号, 京房权证朝私字第12345号, 历国用（2008）第0123号, and numbers after 房产证号/不动产权证号/车辆登记证书编号.
 */
public final class PropertyCertificateDetector implements Detector {

    static final String RULE = "2016规定第十条·产权证号";

    private static final Pattern CERTIFICATE = Pattern.compile(
            // 2015 unified register: 省简称（年份）市县名不动产权第N号 / 不动产证明第N号
            "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][（(]\\d{4}[）)][\\p{IsHan}]{0,12}?不动产(?:权|证明)第\\d{4,10}号"
                    // pre-2015 house certificates: X房权证Y字第N号, X房产证Y字第N号
                    + "|[\\p{IsHan}]{0,6}?房(?:权|产)证[\\p{IsHan}]{0,6}?字?第[0-9A-Za-z\\-]{3,16}号"
                    // land-use certificates: X国用（年份）第N号, X集用（年份）第N号
                    + "|[\\p{IsHan}]{0,6}?(?:国|集)用[（(]\\d{4}[）)](?:第)?[0-9A-Za-z\\-]{2,12}号"
                    // numbers introduced by their label
                    + "|(?<=(?:房产证|房屋所有权证|不动产权证|不动产权证书|土地使用权证|车辆登记证书)(?:号码|编号|号)?[：:为是]?)"
                    + "[A-Za-z0-9\\-]{6,20}");

    private static final Pattern KEYWORD = Pattern.compile("不动产|房权证|房产证|国用|集用|房屋所有权证|土地使用权证|车辆登记证书");

    @Override
    public List<Redaction> detect(String text) {
        var found = new ArrayList<Redaction>();
        if (!KEYWORD.matcher(text).find()) {
            return found;
        }
        var matcher = CERTIFICATE.matcher(text);
        while (matcher.find()) {
            var span = trimLeadingWords(text, matcher.start(), matcher.end());
            found.add(new Redaction(
                    span, matcher.end(), Category.PROPERTY_CERTIFICATE, RULE, Detector.crosses(matcher.end() - span)));
        }
        return found;
    }

    /** The lazy Han prefix may swallow a verb such as 办理 or 取得 before the certificate; it starts after them. */
    private static int trimLeadingWords(String text, int start, int end) {
        var value = text.substring(start, end);
        for (var word : new String[] {"办理了", "办理", "取得了", "取得", "领取了", "领取", "编号为", "号为", "为", "即", "的"}) {
            var at = value.indexOf(word);
            if (at >= 0 && at + word.length() < value.length() && at < 4) {
                return start + at + word.length();
            }
        }
        return start;
    }
}
