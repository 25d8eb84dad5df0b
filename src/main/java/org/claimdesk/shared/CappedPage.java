package org.claimdesk.shared;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

import java.util.List;

/**
 * A page whose total may have been counted only up to a cap (counting every match of a search on a large table on
 * each page fetch would read it all): {@code totalCapped} says the total is "at least" {@code getTotalElements()}.
 * The total is kept as given (PageImpl would move it to the end of a last page reaching past the cap).
 */
public class CappedPage<T> extends PageImpl<T> {

    private final long total;
    private final boolean totalCapped;

    public CappedPage(List<T> content, Pageable pageable, long total, boolean totalCapped) {
        super(content, pageable, total);
        this.total = total;
        this.totalCapped = totalCapped;
    }

    public boolean isTotalCapped() {
        return totalCapped;
    }

    @Override
    public long getTotalElements() {
        return total;
    }

    @Override
    public int getTotalPages() {
        return getSize() == 0 ? 1 : (int) Math.ceil((double) total / (double) getSize());
    }
}
