package org.claimdesk.evidence;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface PublisherRepository extends JpaRepository<Publisher, Long> {

    Optional<Publisher> findByDomain(String domain);

    List<Publisher> findByDomainIn(Collection<String> domains);

    List<Publisher> findAllByOrderByDomainAsc();
}
