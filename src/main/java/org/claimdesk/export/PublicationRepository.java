package org.claimdesk.export;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface PublicationRepository extends JpaRepository<Publication, Long> {

    Optional<Publication> findBySlug(String slug);

    List<Publication> findByClaimIdIn(Collection<Long> claimIds);
}
