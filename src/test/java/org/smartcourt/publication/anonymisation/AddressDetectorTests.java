package org.smartcourt.publication.anonymisation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressDetectorTests {

    @ParameterizedTest(name = "{0}: «{1}» → «{2}»")
    @CsvSource(delimiter = ';', emptyValue = "", textBlock = """
            street and number after 住;               住山东省济南市历下区和平路12号。;                 和平路12号
            town below the county;                   住四川省富顺县富世镇。;                           富世镇
            village and group;                       户籍地湖南省湘阴县南湖乡新华村3组15号，;          南湖乡新华村3组15号
            no province;                             现住武汉市黄陂区前川街道板桥大道8号;              前川街道板桥大道8号
            farm below the county;                   住福建省漳浦县万安农场新建作业区;                 万安农场新建作业区
            house number anywhere in the facts;      至本市长宁区福泉路123弄45号601室，利用;          福泉路123弄45号601室
            compound with building and flat;         进入宜家花城12幢301室被害人家;                   宜家花城12幢301室
            near miss: county is kept;               户籍地上海市奉贤区，暂住地上海市奉贤区。;          ''
            near miss: province only;                户籍地贵州省。;                                ''
            near miss: 住院 is no address;            后住院治疗。;                                  ''
            near miss: 住处 is no address;            在其住处被抓获;                                ''
            near miss: a floor without a street;     放置于房间三楼储藏室内;                          ''
            near miss: a date;                       于2018年3月10号到案;                            ''
            """)
    void findsAddressesBelowCountyLevel(String rule, String text, String expected) {
        DetectorCases.check(new AddressDetector(), text, expected);
    }
}
