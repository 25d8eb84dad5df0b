package org.claimdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * In the API chain, before HTTP Basic: a request with {@code Authorization: Bearer <token>} is signed in as the
 * token's owner, or answered 401 when the token does not work (a script must learn that its token is dead, not
 * fall through to "sign in"). Not a bean, so the servlet container does not run it for every request too.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    static final String BEARER = "Bearer ";

    private final BearerTokens tokens;
    private final TokenSignIns signIns;

    ApiTokenFilter(BearerTokens tokens, TokenSignIns signIns) {
        this.tokens = tokens;
        this.signIns = signIns;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Authentication> signedIn = tokens.authenticate(header.substring(BEARER.length()).strip());
        if (signedIn.isEmpty()) {
            Optional<SignInThrottledException> refused = signIns.failed(request);
            if (refused.isPresent()) {
                SignInRefusals.tooMany(response, refused.get());
                return;
            }
            SecurityConfig.writeProblem(response, HttpStatus.UNAUTHORIZED,
                    "The API token is unknown, expired or revoked (or its owner is disabled).");
            return;
        }
        // the strategy in force (Vaadin's session-aware one in this application), read per request like Basic does
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(signedIn.get());
        strategy.setContext(context);
        chain.doFilter(request, response);
    }
}
