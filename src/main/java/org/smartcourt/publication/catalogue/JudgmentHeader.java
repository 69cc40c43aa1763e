package org.smartcourt.publication.catalogue;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the text of a judgment says about itself.
 *
 * @param courtName the court as printed in the heading, e.g. 上海市奉贤区人民法院
 * @param documentType 判决书, 裁定书, 调解书, 决定书, 通知书 or 支付令
 * @param documentTitle the full document title, e.g. 刑事判决书
 * @param caseNumber the case number as printed, e.g. （2017）沪0120刑初684号
 * @param year the filing year of the case number
 * @param caseType the case-type code (类型代字), e.g. 刑初, also read from pre-2016 numbers such as 嘉刑初字
 * @param decidedOn the date printed above the clerk's name
 * @param cause the charge or cause of action, e.g. 盗窃罪
 */
public record JudgmentHeader(
        @Nullable String courtName,
        String documentType,
        String documentTitle,
        @Nullable String caseNumber,
        @Nullable Integer year,
        @Nullable String caseType,
        @Nullable LocalDate decidedOn,
        @Nullable String cause) {}
