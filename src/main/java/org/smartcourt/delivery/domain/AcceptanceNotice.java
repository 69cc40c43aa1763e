package org.smartcourt.delivery.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.smartcourt.docket.Procedure;

/**
 * The acceptance notice (受理通知书) sent to the plaintiffs when their case is registered, in the shape of the model
 * civil documents: who sued whom for what, that the court accepted the case on which day under which number, and what
 * the plaintiffs must know (fees, evidence, service, their rights). The court's name, the title and the seal come from
 * the sealed-document page.
 */
public record AcceptanceNotice(
        List<String> plaintiffs,
        List<String> defendants,
        String cause,
        String caseNumber,
        Procedure procedure,
        LocalDate registeredOn) {

    /** The title printed on the notice. */
    public static final String TITLE = "受理案件通知书";

    public AcceptanceNotice {
        plaintiffs = List.copyOf(plaintiffs);
        defendants = List.copyOf(defendants);
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(registeredOn, "registeredOn");
        if (plaintiffs.isEmpty() || defendants.isEmpty()) {
            throw new IllegalArgumentException("An acceptance notice names the plaintiffs and the defendants");
        }
    }

    public String xhtmlBody() {
        var body = new StringBuilder();
        body.append("<p style=\"margin: 0 0 2mm 0;\">")
                .append(Xhtml.escaped(String.join("、", plaintiffs) + "："))
                .append("</p>");
        // CPL Art. 126: a complaint that meets Art. 122 is registered within 7 days and the parties are told.
        Xhtml.paragraph(
                body,
                "你（单位）诉" + String.join("、", defendants) + cause + "一案的起诉状已收到。经审查，起诉符合法定受理条件，本院决定立案审理，" + "立案日期为"
                        + ChineseDate.of(registeredOn) + "，案号为" + caseNumber + "。现将有关事项通知如下：");
        Xhtml.paragraph(body, "一、本案适用" + procedureName() + "审理。");
        // 诉讼费用交纳办法 Art. 22: the plaintiff prepays the acceptance fee within 7 days of receiving the fee notice.
        Xhtml.paragraph(body, "二、你（单位）应当在收到交纳诉讼费用通知之次日起七日内预交案件受理费；逾期不交纳又未提出缓交、减交、免交申请的，按撤诉处理。");
        Xhtml.paragraph(body, "三、你（单位）应当对自己提出的主张提供证据，并在本院指定的举证期限内提交；逾期提交的，依法承担相应的法律后果。");
        // 民诉解释 Art. 136–137; 在线诉讼规则 Art. 29–31.
        Xhtml.paragraph(
                body,
                "四、同意电子送达的，本院向你（单位）确认的电子地址送达诉讼文书，送达信息到达该地址所在系统时即为送达；"
                        + "送达地址变更的，应当及时在诉讼平台更新送达地址确认书。一审确认的送达地址适用于二审、再审和执行程序。");
        Xhtml.paragraph(body, "五、当事人有权依法申请回避、收集和提供证据、进行辩论、请求调解、提起上诉、申请执行，并应当遵守诉讼秩序，履行发生法律效力的判决书、裁定书和调解书。");
        Xhtml.paragraph(body, "特此通知。");
        return body.toString();
    }

    private String procedureName() {
        return switch (procedure) {
            case ORDINARY -> "普通程序";
            case SUMMARY -> "简易程序";
            case SMALL_CLAIMS -> "小额诉讼程序";
        };
    }
}
