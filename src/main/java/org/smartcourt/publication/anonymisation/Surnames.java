package org.smartcourt.publication.anonymisation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Chinese surnames: the compound (two-character) surnames of the 百家姓 and the single-character surnames that cover
 * nearly all of the population. Used to keep a whole compound surname (欧阳娜娜 → 欧阳某) and to tell a recognised person
 * name from a false hit.
 */
public final class Surnames {

    /** The compound surnames of the 百家姓 (and 第五), plus those common today. */
    public static final List<String> COMPOUND = List.of(
            "万俟", "司马", "上官", "欧阳", "夏侯", "诸葛", "闻人", "东方", "赫连", "皇甫", "尉迟", "公羊", "澹台", "公冶", "宗政", "濮阳", "淳于", "单于",
            "太叔", "申屠", "公孙", "仲孙", "轩辕", "令狐", "钟离", "宇文", "长孙", "慕容", "鲜于", "闾丘", "司徒", "司空", "亓官", "司寇", "仉督", "子车",
            "颛孙", "端木", "巫马", "公西", "漆雕", "乐正", "壤驷", "公良", "拓跋", "夹谷", "宰父", "谷梁", "段干", "百里", "东郭", "南门", "呼延", "羊舌",
            "微生", "梁丘", "左丘", "东门", "西门", "南宫", "第五", "独孤", "太史", "纳兰", "尉迟", "完颜", "爱新");

    private static final String SINGLE = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方"
            + "俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞"
            + "熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪"
            + "包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎"
            + "祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴郁胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通"
            + "边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融"
            + "冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公仉督晋楚闫法汝鄢涂钦岳帅缑亢况郈有琴归海墨哈谯笪年爱阳佟言福"
            + "覃郑付庹粟揭冼麦谌肖佘雒旷尕母植";

    private static final Set<Integer> SINGLE_SET =
            new LinkedHashSet<>(SINGLE.codePoints().boxed().toList());

    private Surnames() {}

    /** The single-character surnames, in 百家姓 order. */
    public static List<String> single() {
        return SINGLE_SET.stream().map(Character::toString).toList();
    }

    public static boolean isSingle(int codePoint) {
        return SINGLE_SET.contains(codePoint);
    }

    /** The compound surname a name starts with, if the name is long enough to have a given name after it. */
    public static String compoundOf(String name) {
        if (name.length() >= 3) {
            for (var compound : COMPOUND) {
                if (name.startsWith(compound)) {
                    return compound;
                }
            }
        }
        return "";
    }

    /** Whether a name starts with a known surname (compound or single). */
    public static boolean startsWithSurname(String name) {
        return !compoundOf(name).isEmpty() || (!name.isEmpty() && isSingle(name.codePointAt(0)));
    }
}
