package org.smartcourt.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * TEST ONLY (src/test): a small effectful endpoint on which the API conventions are exercised (validation, JSON
 * errors, idempotency, problem codes of other modules), because the api module has no endpoint of its own. It is on
 * the test classpath of every integration test, so it adds no application context; {@link ConventionsProbeSecurity}
 * opens its path.
 */
@RestController
@RequestMapping(ConventionsProbeController.PATH)
class ConventionsProbeController {

    static final String PATH = "/api/v1/test-only/conventions";

    private final ConcurrentMap<String, AtomicInteger> registrations = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final ProbeCopies copies;

    ConventionsProbeController(ProbeCopies copies) {
        this.copies = copies;
    }

    /** A validated bean below the controller: its violations arrive as a ConstraintViolationException. */
    @Component
    @Validated
    static class ProbeCopies {

        int order(@Min(1) int copies) {
            return copies;
        }
    }

    enum ProbeRole {
        PLAINTIFF,
        DEFENDANT
    }

    record ProbeAddress(@NotBlank String city, @NotBlank String street) {}

    record ProbeRegistration(
            @NotBlank @Pattern(regexp = "^(?!admin$).*", message = "{apiprobe.name.reserved}")
            String name,

            @NotBlank @Email String email,
            @Min(18) int age,
            @NotNull ProbeRole role,
            @Valid @NotNull ProbeAddress address) {}

    @PostMapping("/registrations")
    ResponseEntity<Map<String, Object>> register(@Valid @RequestBody ProbeRegistration registration) {
        long id = ids.incrementAndGet();
        registrations
                .computeIfAbsent(registration.name(), name -> new AtomicInteger())
                .incrementAndGet();
        return ResponseEntity.created(URI.create(PATH + "/registrations/" + id))
                .body(Map.of("id", id, "name", registration.name()));
    }

    @GetMapping("/registrations/count")
    int count(@RequestParam String name) {
        var count = registrations.get(name);
        return count == null ? 0 : count.get();
    }

    @GetMapping("/numbers")
    int twice(@RequestParam int value) {
        return 2 * value;
    }

    @GetMapping("/adults")
    boolean adult(@RequestParam @Min(18) int age) {
        return true;
    }

    @PostMapping("/copies")
    int orderCopies(@RequestParam int copies) {
        return this.copies.order(copies);
    }

    @PostMapping("/conflicts")
    void conflict(@RequestParam String caseNumber) {
        throw new ApiProblemException(HttpStatus.CONFLICT, "probe-conflict", "apiprobe.conflict", caseNumber);
    }

    @PostMapping("/withdrawals")
    void withdraw(@RequestParam String caseNumber) {
        // A plain ErrorResponseException, as a module may throw instead of ApiProblemException.
        throw new ErrorResponseException(
                HttpStatus.GONE, ProblemDetail.forStatus(HttpStatus.GONE), null, "apiprobe.gone", new Object[] {
                    caseNumber
                });
    }

    @PostMapping("/failures")
    @Nullable
    Void fail() {
        throw new IllegalStateException("secret-internal-detail");
    }
}
