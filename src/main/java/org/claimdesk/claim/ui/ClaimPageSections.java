package org.claimdesk.claim.ui;

import org.claimdesk.claim.ClaimDiscussion;
import org.claimdesk.claim.ClaimLinks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The claim module's own sections of the claim page: related claims and the discussion. */
@Configuration
class ClaimPageSections {

    @Bean
    ClaimPagePanel relatedClaimsSection(ClaimLinks links) {
        return ClaimPagePanel.tab(20, "Related claims", (claim, reload) -> new RelatedClaimsPanel(links, claim.id(), reload));
    }

    @Bean
    ClaimPagePanel discussionSection(ClaimDiscussion discussion) {
        return ClaimPagePanel.tab(10, "Discussion", (claim, reload) -> new DiscussionPanel(discussion, claim.id(), reload));
    }
}
