package org.claimdesk.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface TeamRepository extends JpaRepository<Team, Long> {

    List<Team> findAllByOrderByNameAscIdAsc();

    Optional<Team> findByNameIgnoreCase(String name);

    @Query("select t from Team t join t.members m where m.username = :username order by t.name, t.id")
    List<Team> findByMember(String username);

    @Query("select t.id from Team t join t.members m where m.username = :username")
    List<Long> findIdsByMember(String username);

    @Query("select count(t) > 0 from Team t join t.members m where m.username = :username and t.id = :teamId")
    boolean isMember(String username, long teamId);

    Optional<Team> findFirstByOrderByIdAsc();
}
