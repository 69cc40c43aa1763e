package org.smartcourt.publication.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentTextTests {

    @Test
    void theSealsVerificationBlockIsNotPartOfTheDocument() {
        var extracted = "民事裁定书\r\n  起诉人：张三。\n\n本院不予受理。\n济南市历下区人民法院\n" + "本文书已加盖人民法院电子签章，与纸质文书具有同等效力。\n验证码：ABCD1234\n";

        assertThat(DocumentText.normalised(extracted)).isEqualTo("民事裁定书\n起诉人：张三。\n本院不予受理。\n济南市历下区人民法院");
    }
}
