package org.smartcourt.delivery.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.smartcourt.delivery.DocumentKind;
import org.smartcourt.docket.PartyRole;

/**
 * The electronic service certificate (电子送达凭证) of one service: the full trace the court keeps (在线诉讼规则 Art. 31
 * ¶3) — the document and its hash, the recipient, consent and addresses, every message with the time the channel
 * accepted or refused it, every opening, download and confirmation, the post and the public notice — and when service
 * took effect, on which basis, and the period it started. It has the force of a 送达回证.
 *
 * @param confirmation the address confirmation the service followed, if any
 * @param asOf the moment the certificate describes
 */
public record ServiceCertificate(
        Service service, @Nullable AddressConfirmation confirmation, String courtName, Instant asOf, ZoneId zone) {

    /** The title printed on the certificate. */
    public static final String TITLE = "电子送达凭证";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public ServiceCertificate {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(courtName, "courtName");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(zone, "zone");
    }

    public String xhtmlBody() {
        var body = new StringBuilder();
        var document = service.document();
        var recipient = service.recipient();
        var rows = new StringBuilder();
        Xhtml.row(rows, "案号", service.caseNumber());
        Xhtml.row(rows, "送达文书", document.title() + "（" + kindName(document.kind()) + "）");
        Xhtml.row(rows, "文书SHA-256", document.hash().value());
        Xhtml.row(rows, "受送达人", recipient.name() + "（" + roleName(recipient.role()) + "）");
        Xhtml.row(rows, "送达人", courtName);
        Xhtml.row(rows, "送达发起时间", time(service.requestedAt()));
        Xhtml.row(rows, "电子送达同意", consentText());
        if (confirmation != null) {
            Xhtml.row(
                    rows,
                    "送达地址确认书",
                    (confirmation.method() == ConfirmationMethod.ONLINE_BY_PARTY ? "受送达人在线确认" : "书面确认，由法院工作人员录入")
                            + "，确认时间" + time(confirmation.confirmedAt()) + "；邮寄地址："
                            + confirmation.postal().oneLine());
        }
        body.append(Xhtml.table(rows.toString()));

        Xhtml.heading(body, "一、送达渠道与发送记录");
        if (service.channels().isEmpty()) {
            Xhtml.paragraph(body, "无电子送达渠道。");
        }
        var channels = new StringBuilder();
        for (var record : service.channels()) {
            Xhtml.row(channels, channelName(record.channel()) + "：" + record.address(), dispatchText(record));
        }
        if (!service.channels().isEmpty()) {
            body.append(Xhtml.table(channels.toString()));
        }

        Xhtml.heading(body, "二、受送达人查阅、下载与回复记录");
        if (service.interactions().isEmpty()) {
            Xhtml.paragraph(body, "暂无记录。");
        } else {
            var interactions = new StringBuilder();
            for (var interaction : service.interactions()) {
                Xhtml.row(
                        interactions,
                        time(interaction.at()),
                        interactionName(interaction.kind())
                                + (interaction.channel() == null
                                        ? "（登录诉讼平台账号）"
                                        : "（通过" + channelName(interaction.channel()) + "中的链接）"));
            }
            body.append(Xhtml.table(interactions.toString()));
        }

        var postal = service.postal();
        if (postal != null) {
            Xhtml.heading(body, "三、法院专递");
            body.append(Xhtml.table(postalRows(postal)));
        }
        var notice = service.notice();
        if (notice != null) {
            Xhtml.heading(body, "四、公告送达");
            var noticeRows = new StringBuilder();
            Xhtml.row(noticeRows, "公告日期", ChineseDate.of(notice.issuedOn()));
            Xhtml.row(noticeRows, "公告媒介", notice.medium());
            Xhtml.row(
                    noticeRows, "公告原因", notice.ground() == NoticeGround.WHEREABOUTS_UNKNOWN ? "受送达人下落不明" : "以其他方式无法送达");
            Xhtml.row(noticeRows, "视为送达日期", ChineseDate.of(notice.deemedServedOn()));
            body.append(Xhtml.table(noticeRows.toString()));
        }

        Xhtml.heading(body, "送达结果");
        var result = new StringBuilder();
        var effect = service.effect();
        if (effect == null) {
            Xhtml.row(result, "送达状态", "截至本凭证出具时尚未生效");
        } else {
            Xhtml.row(result, "送达生效时间", time(effect.at()));
            Xhtml.row(result, "生效方式", channelName(effect.channel()));
            Xhtml.row(result, "生效依据", basisText(effect.basis()));
            var period = effect.period();
            if (period != null) {
                Xhtml.row(
                        result,
                        period.kind() == PeriodKind.ANSWER ? "答辩期" : "上诉期",
                        period.days() + "日，自送达次日起算（" + article(period.article()) + "），届满日"
                                + ChineseDate.of(period.lastDay()) + "（届满日为法定休假日的顺延，《中华人民共和国民事诉讼法》第八十五条）");
            }
        }
        body.append(Xhtml.table(result.toString()));
        Xhtml.paragraph(body, "本凭证依据《人民法院在线诉讼规则》第三十一条第三款制作，记载截至" + time(asOf) + "的全部送达过程，具有送达回证效力。可凭文书上的验证码在本平台核验真伪。");
        return body.toString();
    }

    private String postalRows(PostalService postal) {
        var rows = new StringBuilder();
        Xhtml.row(
                rows,
                "邮寄地址",
                postal.address() == null ? "待录入" : postal.address().oneLine());
        Xhtml.row(rows, "邮件号", postal.trackingNumber() == null ? "待录入" : postal.trackingNumber());
        if (postal.postedOn() != null) {
            Xhtml.row(rows, "交邮日期", ChineseDate.of(postal.postedOn()));
        }
        var status = switch (postal.status()) {
            case TO_POST -> "待邮寄";
            case POSTED -> "已交邮，待回执";
            case RECEIVED ->
                "回执注明收件日期" + ChineseDate.of(Objects.requireNonNull(postal.receivedOn()))
                        + (postal.signedByAddressee() ? "，受送达人本人签收" : "，他人代收");
            case RETURNED ->
                ChineseDate.of(Objects.requireNonNull(postal.returnedOn())) + "退回，原因："
                        + returnReasonText(Objects.requireNonNull(postal.returnReason()));
            case NOT_NEEDED -> "已通过其他方式送达，无需邮寄";
        };
        Xhtml.row(rows, "状态", status);
        return rows.toString();
    }

    private String consentText() {
        return switch (service.consent()) {
            case CONFIRMED -> "受送达人在送达地址确认书中同意电子送达（《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第一百三十六条）";
            case ONLINE_FILING -> "受送达人通过本人诉讼平台账号在线起诉，主动提供该账号接收送达（《人民法院在线诉讼规则》第二十九条第二款第三项）";
            case NONE -> "受送达人未确认电子送达地址；电子送达自受送达人回复收悉、阅知或下载时生效（《人民法院在线诉讼规则》第三十一条第二款）";
        };
    }

    private String dispatchText(ChannelRecord record) {
        var confirmed = record.addressConfirmed() ? "受送达人确认的地址" : "未经受送达人确认的地址";
        return switch (record.status()) {
            case QUEUED -> confirmed + "；待发送";
            case ACCEPTED ->
                confirmed + "；" + time(Objects.requireNonNull(record.at())) + "送达信息到达该地址所在系统"
                        + (record.reference() == null ? "" : "，系统回执编号" + record.reference());
            case REFUSED -> confirmed + "；" + time(Objects.requireNonNull(record.at())) + "发送失败：" + record.failure();
        };
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    static String kindName(DocumentKind kind) {
        return switch (kind) {
            case ACCEPTANCE_NOTICE -> "受理通知书";
            case FEE_NOTICE -> "交纳诉讼费用通知书";
            case COMPLAINT_COPY -> "起诉状副本";
            case RESPONSE_NOTICE -> "应诉通知书";
            case SUMMONS -> "传票";
            case JUDGMENT -> "判决书";
            case APPEALABLE_RULING, RULING -> "裁定书";
            case MEDIATION_STATEMENT -> "调解书";
            case APPEAL_COPY -> "上诉状副本";
            case OTHER -> "诉讼文书";
        };
    }

    static String roleName(PartyRole role) {
        return switch (role) {
            case PLAINTIFF -> "原告";
            case DEFENDANT -> "被告";
            case THIRD_PARTY -> "第三人";
        };
    }

    static String channelName(ServiceChannel channel) {
        return switch (channel) {
            case INBOX -> "诉讼平台账号";
            case EMAIL -> "电子邮箱";
            case SMS -> "手机短信";
            case POSTAL -> "法院专递";
            case PUBLIC_NOTICE -> "公告";
        };
    }

    private static String interactionName(InteractionKind kind) {
        return switch (kind) {
            case OPENED -> "受送达人查阅";
            case DOWNLOADED -> "受送达人下载";
            case REPLIED -> "受送达人回复已收悉";
        };
    }

    private static String returnReasonText(ReturnReason reason) {
        return switch (reason) {
            case ADDRESS_INACCURATE -> "地址不准确";
            case REFUSED -> "拒绝签收";
            case MOVED_WITHOUT_NOTICE -> "地址变更未告知法院";
            case NOT_FOUND -> "多次投送未能送达";
            case OTHER -> "其他";
        };
    }

    static String basisText(EffectBasis basis) {
        return switch (basis) {
            case ARRIVED_AT_CONFIRMED_ADDRESS -> "送达信息到达受送达人确认的电子地址所在系统（《人民法院在线诉讼规则》第三十一条第一款；《中华人民共和国民事诉讼法》第九十条第二款）";
            case REPLIED -> "受送达人回复已收悉（《人民法院在线诉讼规则》第三十一条第二款第一项）";
            case OPENED -> "系统反馈受送达人已阅知（《人民法院在线诉讼规则》第三十一条第二款第二项）";
            case DOWNLOADED -> "受送达人已下载送达文书（《人民法院在线诉讼规则》第三十一条第二款第二项）";
            case POSTAL_RECEIPT -> "以邮件回执上注明的收件日期为送达日期（《中华人民共和国民事诉讼法》第九十一条）";
            case POSTAL_RETURN -> "因受送达人自身原因文书被退回，退回之日视为送达（《最高人民法院关于以法院专递方式邮寄送达民事诉讼文书的若干规定》第十一条）";
            case PUBLIC_NOTICE -> "自发出公告之日起经过三十日，视为送达（《中华人民共和国民事诉讼法》第九十五条）";
            case PUBLIC_NOTICE_ABROAD -> "自发出公告之日起经过六十日，视为送达（《中华人民共和国民事诉讼法》第二百八十三条第二款）";
        };
    }

    private static String article(String code) {
        return switch (code) {
            case "CPL 128" -> "《中华人民共和国民事诉讼法》第一百二十八条";
            case "CPL 285" -> "《中华人民共和国民事诉讼法》第二百八十五条";
            case "CPL 286" -> "《中华人民共和国民事诉讼法》第二百八十六条";
            case "CPL 171-1" -> "《中华人民共和国民事诉讼法》第一百七十一条第一款";
            case "CPL 171-2" -> "《中华人民共和国民事诉讼法》第一百七十一条第二款";
            case "CPL 174" -> "《中华人民共和国民事诉讼法》第一百七十四条";
            default -> code;
        };
    }
}
