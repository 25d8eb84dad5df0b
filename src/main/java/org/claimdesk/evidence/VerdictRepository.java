package org.claimdesk.evidence;

import org.springframework.data.jpa.repository.JpaRepository;

interface VerdictRepository extends JpaRepository<Verdict, Long> {
}
