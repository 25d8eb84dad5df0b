package org.claimdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * In the API chain, after HTTP Basic: a user whose password an admin chose (a new account, a reset) may only
 * change it; every other call is a 403 until they do. Not a bean, so the servlet container does not run it
 * for every request too.
 */
class PasswordChangeFirst extends OncePerRequestFilter {

    static final String OWN_PASSWORD_PATH = "/api/v1/me/password";

    private final UserService users;

    PasswordChangeFirst(UserService users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (signedIn && !path.equals(OWN_PASSWORD_PATH) && users.mustChangePassword(auth.getName())) {
            SecurityConfig.writeProblem(response, HttpStatus.FORBIDDEN, "Change your password first: PUT "
                    + OWN_PASSWORD_PATH + " with currentPassword and newPassword.");
            return;
        }
        chain.doFilter(request, response);
    }
}
