package org.claimdesk.security;

/**
 * A user and the one-time password the service just chose for them. The password is shown to the admin once
 * (view or API answer) and is stored only as its hash; null when the admin chose the password.
 */
public record IssuedPassword(UserAccountDetails user, String oneTimePassword) {

    @Override
    public String toString() { // never the password in a log line or an exception message
        return "IssuedPassword[user=" + user.username() + "]";
    }
}
