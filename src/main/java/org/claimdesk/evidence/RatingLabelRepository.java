package org.claimdesk.evidence;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface RatingLabelRepository extends JpaRepository<RatingLabel, Rating> {

    List<RatingLabel> findAllByOrderByPositionAsc();
}
