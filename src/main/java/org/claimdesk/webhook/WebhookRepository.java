package org.claimdesk.webhook;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface WebhookRepository extends JpaRepository<Webhook, Long> {

    List<Webhook> findAllByOrderByIdAsc();

    List<Webhook> findByEnabledTrue();
}
