package org.smartcourt.filing.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.smartcourt.api.ApiProblemException;
import org.smartcourt.filing.application.AttachFile;
import org.smartcourt.filing.application.ChooseCourt;
import org.smartcourt.filing.application.ElementsRejected;
import org.smartcourt.filing.application.GenerateComplaint;
import org.smartcourt.filing.application.SaveAnswers;
import org.smartcourt.filing.application.Schemas;
import org.smartcourt.filing.application.StartDraft;
import org.smartcourt.filing.application.SubmitFiling;
import org.smartcourt.filing.application.SuggestCourts;
import org.smartcourt.filing.application.ViewDraft;
import org.smartcourt.filing.domain.AttachmentKind;
import org.smartcourt.filing.domain.DraftStatus;
import org.smartcourt.filing.domain.FieldType;
import org.smartcourt.filing.domain.PartyAnswer;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The guided filing form: choose the court and the type, then parties, claims, facts, evidence, attachments and a
 * "check your answers" page that generates the complaint and files it. Every step saves the draft.
 */
@Controller
@RequestMapping("/filing")
class FilingPageController {

    static final List<String> STEPS = List.of("parties", "claims", "facts", "evidence", "attachments", "check");
    private static final List<String> ANSWER_STEPS = List.of("parties", "claims", "facts", "evidence");

    private final Schemas schemas;
    private final StartDraft startDraft;
    private final ViewDraft viewDraft;
    private final SaveAnswers saveAnswers;
    private final ChooseCourt chooseCourt;
    private final GenerateComplaint generateComplaint;
    private final AttachFile attachFile;
    private final SubmitFiling submitFiling;
    private final SuggestCourts suggestCourts;
    private final ViolationMessages messages;

    FilingPageController(
            Schemas schemas,
            StartDraft startDraft,
            ViewDraft viewDraft,
            SaveAnswers saveAnswers,
            ChooseCourt chooseCourt,
            GenerateComplaint generateComplaint,
            AttachFile attachFile,
            SubmitFiling submitFiling,
            SuggestCourts suggestCourts,
            ViolationMessages messages) {
        this.schemas = schemas;
        this.startDraft = startDraft;
        this.viewDraft = viewDraft;
        this.saveAnswers = saveAnswers;
        this.chooseCourt = chooseCourt;
        this.generateComplaint = generateComplaint;
        this.attachFile = attachFile;
        this.submitFiling = submitFiling;
        this.suggestCourts = suggestCourts;
        this.messages = messages;
    }

    /** The first step; {@code court} and {@code type} (a schema id) preselect the answers, as other pages link here. */
    @GetMapping("/new")
    String choose(
            @RequestParam(defaultValue = "") String court,
            @RequestParam(defaultValue = "") String type,
            Model model,
            Locale locale) {
        return newPage(model, locale, court.strip(), type.strip(), Map.of());
    }

    @PostMapping("/new")
    String start(
            Authentication caller,
            @RequestParam(defaultValue = "") String court,
            @RequestParam(defaultValue = "") String type,
            Model model,
            Locale locale) {
        try {
            var draft = startDraft.start(caller.getName(), court.strip(), type);
            return "redirect:/filing/drafts/" + draft.id() + "/parties";
        } catch (ElementsRejected rejected) {
            return newPage(model, locale, court, type, errors(rejected, locale));
        } catch (ApiProblemException unknownType) {
            return newPage(model, locale, court, type, Map.of("type", messages.typeRequired(locale)));
        }
    }

    @GetMapping("/drafts")
    String drafts(Authentication caller, Model model) {
        model.addAttribute("drafts", viewDraft.mine(caller.getName()));
        return "filing/drafts";
    }

    @GetMapping("/drafts/{id}")
    String resume(@PathVariable String id) {
        return "redirect:/filing/drafts/" + FilingApiController.draftId(id) + "/parties";
    }

    @GetMapping("/drafts/{id}/{step}")
    String step(Authentication caller, @PathVariable String id, @PathVariable String step, Model model, Locale locale) {
        return page(caller, FilingApiController.draftId(id), step(step), model, locale, Map.of(), null);
    }

    @PostMapping("/drafts/{id}/{step}")
    String save(
            Authentication caller,
            @PathVariable String id,
            @PathVariable String step,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            Locale locale) {
        var draftId = FilingApiController.draftId(id);
        var current = step(step);
        var view = viewDraft.view(draftId, caller.getName());
        if (view.draft().status() == DraftStatus.SUBMITTED) {
            return "redirect:/cases/" + view.draft().caseId();
        }
        var fields = new FormAnswers(form);
        var answers = fields.apply(current, view.draft().answers(), view.schema());
        try {
            if ("parties".equals(current) && fields.value("court") != null) {
                chooseCourt.choose(draftId, caller.getName(), String.valueOf(fields.value("court")));
            }
            if (ANSWER_STEPS.contains(current)) {
                saveAnswers.save(draftId, caller.getName(), answers);
            }
        } catch (ElementsRejected rejected) {
            return page(caller, draftId, current, model, locale, errors(rejected, locale), answers);
        }
        if (form.containsKey("addRow")) {
            return "redirect:/filing/drafts/" + draftId + "/" + current;
        }
        return "redirect:/filing/drafts/" + draftId + "/" + next(current);
    }

    @PostMapping("/drafts/{id}/attachments/upload")
    String upload(
            Authentication caller,
            @PathVariable String id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "EVIDENCE") String kind,
            Model model,
            Locale locale)
            throws IOException {
        var draftId = FilingApiController.draftId(id);
        try {
            var content = file == null ? new byte[0] : file.getBytes();
            var name = file == null ? "" : String.valueOf(file.getOriginalFilename());
            attachFile.attach(draftId, caller.getName(), content, name, attachmentKind(kind));
        } catch (ElementsRejected rejected) {
            return page(caller, draftId, "attachments", model, locale, errors(rejected, locale), null);
        }
        return "redirect:/filing/drafts/" + draftId + "/attachments";
    }

    @PostMapping("/drafts/{id}/complaint")
    String generate(Authentication caller, @PathVariable String id, Model model, Locale locale) {
        var draftId = FilingApiController.draftId(id);
        try {
            generateComplaint.generate(draftId, caller.getName());
        } catch (ElementsRejected rejected) {
            return page(caller, draftId, "check", model, locale, errors(rejected, locale), null);
        }
        return "redirect:/filing/drafts/" + draftId + "/check";
    }

    @GetMapping("/drafts/{id}/complaint.pdf")
    ResponseEntity<byte[]> complaint(Authentication caller, @PathVariable String id) {
        return Pdfs.attachment(
                generateComplaint.pdf(FilingApiController.draftId(id), caller.getName()), "complaint-" + id + ".pdf");
    }

    @PostMapping("/drafts/{id}/submission")
    String submit(
            Authentication caller, @PathVariable String id, @RequestParam long version, Model model, Locale locale) {
        var draftId = FilingApiController.draftId(id);
        var lawyer =
                caller.getAuthorities().stream().anyMatch(authority -> "ROLE_LAWYER".equals(authority.getAuthority()));
        try {
            // A second click finds the draft submitted and lands on the same case.
            var caseId = submitFiling.submit(draftId, caller.getName(), lawyer, version);
            return "redirect:/cases/" + caseId;
        } catch (ElementsRejected rejected) {
            return page(caller, draftId, "check", model, locale, errors(rejected, locale), null);
        } catch (ApiProblemException problem) {
            // Two clicks racing: the one that lost finds the draft filed by the other and shows the same case.
            var now = viewDraft.view(draftId, caller.getName()).draft();
            if (now.status() == DraftStatus.SUBMITTED) {
                return "redirect:/cases/" + now.caseId();
            }
            var errors = new LinkedHashMap<String, String>();
            errors.put("submission", messages.problem(problem, locale));
            return page(caller, draftId, "check", model, locale, errors, null);
        }
    }

    private String page(
            Authentication caller,
            UUID id,
            String step,
            Model model,
            Locale locale,
            Map<String, String> errors,
            org.smartcourt.filing.domain.@org.jspecify.annotations.Nullable Answers typed) {
        var view = viewDraft.view(id, caller.getName());
        if (view.draft().status() == DraftStatus.SUBMITTED && !"check".equals(step)) {
            return "redirect:/cases/" + view.draft().caseId();
        }
        var answers = typed == null ? view.draft().answers() : typed;
        model.addAttribute("view", view);
        model.addAttribute("schema", view.schema());
        model.addAttribute("answers", answers);
        model.addAttribute("locale", locale);
        model.addAttribute("step", step);
        model.addAttribute("steps", STEPS);
        model.addAttribute("errors", errors);
        model.addAttribute("missing", messages.of(view.missing(), locale));
        model.addAttribute("suggestions", suggestCourts.suggest(view.schema(), answers));
        model.addAttribute("partyRows", partyRows(answers.parties()));
        model.addAttribute("evidenceRows", evidenceRows(answers.evidence()));
        model.addAttribute("kinds", AttachmentKind.values());
        model.addAttribute(
                "roles", messages.options("filing.role.", List.of("PLAINTIFF", "DEFENDANT", "THIRD_PARTY"), locale));
        model.addAttribute(
                "partyKinds", messages.options("filing.kind.", List.of("NATURAL_PERSON", "LEGAL_PERSON"), locale));
        model.addAttribute("genders", messages.options("filing.gender.", List.of("MALE", "FEMALE"), locale));
        var factOptions = new LinkedHashMap<String, Map<String, String>>();
        for (var fact : view.schema().facts()) {
            if (fact.type() == FieldType.BOOLEAN) {
                var yesNo = new LinkedHashMap<String, String>();
                yesNo.put(
                        "true",
                        messages.options("filing.form.", List.of("yes"), locale).get("yes"));
                yesNo.put(
                        "false",
                        messages.options("filing.form.", List.of("no"), locale).get("no"));
                factOptions.put(fact.name(), yesNo);
            } else if (fact.type() == FieldType.CHOICE) {
                var choices = new LinkedHashMap<String, String>();
                fact.options()
                        .forEach(choice ->
                                choices.put(choice.value(), choice.label().in(locale)));
                factOptions.put(fact.name(), choices);
            }
        }
        model.addAttribute("factOptions", factOptions);
        return "filing/" + step;
    }

    private String newPage(Model model, Locale locale, String court, String type, Map<String, String> errors) {
        model.addAttribute("types", schemas.current());
        model.addAttribute("locale", locale);
        model.addAttribute("court", court);
        model.addAttribute("type", type);
        model.addAttribute("errors", errors);
        return "filing/new";
    }

    private Map<String, String> errors(ElementsRejected rejected, Locale locale) {
        var errors = new LinkedHashMap<String, String>();
        for (var error : messages.of(rejected.violations(), locale)) {
            errors.merge(error.field(), error.message(), (a, b) -> a + " " + b);
        }
        return errors;
    }

    /** The parties entered and one blank row; a new draft starts with a plaintiff and a defendant row. */
    private static List<PartyAnswer> partyRows(List<PartyAnswer> parties) {
        var rows = new ArrayList<>(parties);
        if (rows.isEmpty()) {
            rows.add(blankParty("PLAINTIFF"));
            rows.add(blankParty("DEFENDANT"));
        } else {
            rows.add(blankParty("DEFENDANT"));
        }
        return rows;
    }

    private static PartyAnswer blankParty(String role) {
        return new PartyAnswer(role, "NATURAL_PERSON", null, null, null, null, null, null, null, null, null);
    }

    private static List<org.smartcourt.filing.domain.EvidenceItem> evidenceRows(
            List<org.smartcourt.filing.domain.EvidenceItem> evidence) {
        var rows = new ArrayList<>(evidence);
        rows.add(new org.smartcourt.filing.domain.EvidenceItem(null, null, null));
        return rows;
    }

    private static String step(String step) {
        if (!STEPS.contains(step)) {
            throw org.smartcourt.filing.application.FilingProblems.draftNotFound(step);
        }
        return step;
    }

    private static String next(String step) {
        var index = STEPS.indexOf(step);
        return STEPS.get(Math.min(index + 1, STEPS.size() - 1));
    }

    private static AttachmentKind attachmentKind(String kind) {
        try {
            return AttachmentKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return AttachmentKind.OTHER;
        }
    }
}
