package org.claimdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * In the API chain, before HTTP Basic: where Basic is off ({@link BasicAuthSetting}), a request with Basic
 * credentials is a 401 that says to use a token, before any password is checked. Not a bean (see
 * {@link PasswordChangeFirst}).
 */
class BasicAuthGate extends OncePerRequestFilter {

    static final String USE_A_TOKEN = "HTTP Basic is turned off on this server: create an API token (API tokens "
            + "in the user menu, or POST /api/v1/me/tokens) and send it as Authorization: Bearer <token>.";
    private static final String BASIC = "Basic ";

    private final boolean basicAllowed;

    BasicAuthGate(boolean basicAllowed) {
        this.basicAllowed = basicAllowed;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (!basicAllowed && header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            SecurityConfig.writeProblem(response, HttpStatus.UNAUTHORIZED, USE_A_TOKEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
