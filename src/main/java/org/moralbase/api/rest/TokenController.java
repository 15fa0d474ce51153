package org.moralbase.api.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.moralbase.api.ApiTokenService;
import org.moralbase.api.IssuedToken;
import org.moralbase.api.TokenSummary;
import org.moralbase.security.CurrentUser;
import org.moralbase.security.TwoFactorService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Personal access tokens: made with the account's password (HTTP Basic), listed and revoked with a token. */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "Tokens", description = "Personal access tokens")
class TokenController {

    /**
     * What a script asks for; name and days may be left out ("script", 30 days); {@code code} is the current code of
     * the account's second factor (or a recovery code), required when it has one.
     */
    record TokenRequest(String name, Integer days, String code) {}

    private final ApiTokenService tokens;
    private final TwoFactorService twoFactor;
    private final CurrentUser currentUser;

    TokenController(ApiTokenService tokens, TwoFactorService twoFactor, CurrentUser currentUser) {
        this.tokens = tokens;
        this.twoFactor = twoFactor;
        this.currentUser = currentUser;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Make a token with the account's username and password (HTTP Basic), and the current code in"
                    + " 'code' when the account has a second factor; the answer is the only place its secret appears",
            security = @SecurityRequirement(name = ApiDescription.BASIC))
    IssuedToken create(@RequestBody(required = false) TokenRequest request, HttpServletRequest http) {
        long account = currentUser.requireId();
        if (twoFactor.isEnrolled(account)) {
            String code = request == null ? null : request.code();
            if (code == null || code.isBlank()) {
                throw new ApiExceptionHandler.SecondFactorRequired(
                        "This account has a second factor: send its current code in the field 'code'.");
            }
            TwoFactorService.CodeCheck check = twoFactor.check(account, code, http.getRemoteAddr());
            if (!check.accepted()) {
                throw new ApiExceptionHandler.SecondFactorRequired(
                        check.retryAfter().isZero()
                                ? "code: not the current code of this account's second factor, or used before."
                                : "Too many failed logins for this account: try again in "
                                        + Math.max(1, check.retryAfter().toSeconds()) + " s.");
            }
        }
        String name = request == null || request.name() == null ? "script" : request.name();
        int days = request == null || request.days() == null ? 30 : request.days();
        return tokens.create(name, days);
    }

    @GetMapping
    @Operation(summary = "The account's tokens (never their secrets)")
    List<TokenSummary> list() {
        return tokens.listOwn();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of the account's tokens")
    void revoke(@PathVariable long id) {
        if (tokens.listOwn().stream().noneMatch(t -> t.id() == id)) {
            throw new ApiExceptionHandler.NotFound("No token with id " + id);
        }
        tokens.revoke(id);
    }
}
