package org.claimdesk.shared;

import org.springframework.data.domain.Page;

import java.util.List;

/**
 * One page of a list as the API returns it (a stable shape, unlike Spring Data's Page).
 *
 * @param totalCapped true when counting stopped at a cap: there are at least {@code totalItems} (claim search
 *                    counts up to 10,000, or 1,000 with words; the team board's unassigned claims up to 10,000), and no
 *                    page beyond them is served
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages, boolean totalCapped) {

    public static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                page.getTotalPages(), page instanceof CappedPage<T> capped && capped.isTotalCapped());
    }
}
