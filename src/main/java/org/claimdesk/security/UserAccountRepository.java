package org.claimdesk.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByRolesContains(Role role);

    @Query("select u.theme from UserAccount u where u.username = :username")
    Optional<UiTheme> findThemeByUsername(@Param("username") String username);

    /** A bulk update: the account's version and "changed by" stay as they are (see ThemePreference). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount u set u.theme = :theme where u.username = :username")
    int updateTheme(@Param("username") String username, @Param("theme") UiTheme theme);
}
