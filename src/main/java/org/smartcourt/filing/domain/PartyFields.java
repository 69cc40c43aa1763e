package org.smartcourt.filing.domain;

/** The labels of the party elements every schema shares (当事人信息 of the model texts). */
public final class PartyFields {

    public static final Label ROLE = new Label("诉讼地位", "Role");
    public static final Label KIND = new Label("当事人类型", "Kind of party");
    public static final Label NAME = new Label("姓名（名称）", "Name");
    public static final Label IDENTIFICATION = new Label("证件号码", "ID number or credit code");
    public static final Label GENDER = new Label("性别", "Sex");
    public static final Label BIRTH_DATE = new Label("出生日期", "Date of birth");
    public static final Label ETHNICITY = new Label("民族", "Ethnicity");
    public static final Label ADDRESS = new Label("住所地", "Domicile");
    public static final Label PHONE = new Label("联系电话", "Telephone");
    public static final Label LEGAL_REPRESENTATIVE = new Label("法定代表人", "Legal representative");
    public static final Label ACCOUNT = new Label("平台账号", "Platform username");
    public static final Label EVIDENCE_NAME = new Label("证据名称", "Name of the evidence");
    public static final Label FILING_DATE = new Label("起诉日期", "the filing date");

    private PartyFields() {}
}
