package org.smartcourt.courts.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A query parameter whose value cannot be used: 400, with the parameter and the value in the detail. */
class InvalidParameterProblem extends ErrorResponseException {

    static final URI TYPE = URI.create("/problems/invalid-parameter");

    InvalidParameterProblem(String parameter, String value, String detailCode, String defaultDetail) {
        super(HttpStatus.BAD_REQUEST, body(parameter, value, defaultDetail), null, detailCode, new Object[] {value});
    }

    private static ProblemDetail body(String parameter, String value, String defaultDetail) {
        var body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, defaultDetail.formatted(value));
        body.setType(TYPE);
        body.setTitle("Invalid parameter");
        body.setProperty("parameter", parameter);
        return body;
    }

    @Override
    public String getTitleMessageCode() {
        return "courts.problem.invalidParameter.title";
    }

    static InvalidParameterProblem level(String value) {
        return new InvalidParameterProblem(
                "level",
                value,
                "courts.problem.invalidLevel.detail",
                "\"%s\" is not a court level; use SPC, HIGH, INTERMEDIATE or BASIC.");
    }

    static InvalidParameterProblem province(String value) {
        return new InvalidParameterProblem(
                "province",
                value,
                "courts.problem.invalidProvince.detail",
                "\"%s\" is not the code of a high court (such as 鲁) or 最高法.");
    }

    static InvalidParameterProblem courtCode(String parameter, String value) {
        return new InvalidParameterProblem(
                parameter,
                value,
                "courts.problem.invalidCourtCode.detail",
                "\"%s\" is not a court code (such as 鲁0102).");
    }

    static InvalidParameterProblem typeCode(String value) {
        return new InvalidParameterProblem(
                "typeCode",
                value,
                "courts.problem.invalidTypeCode.detail",
                "\"%s\" is not a case-type code (such as 民初).");
    }
}
