package org.claimdesk.review;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByAssignee(String assignee);
}
