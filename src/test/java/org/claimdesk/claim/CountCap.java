package org.claimdesk.claim;

import org.springframework.context.ApplicationContext;

/** Lowers the search's count cap for one test (so "at least" shows without 10,001 claims), and restores it. */
public final class CountCap implements AutoCloseable {

    private final ClaimSearch search;
    private final int before;

    private CountCap(ClaimSearch search, int cap) {
        this.search = search;
        this.before = search.cap;
        search.cap = cap;
    }

    public static CountCap lowered(ApplicationContext context, int cap) {
        return new CountCap(context.getBean(ClaimSearch.class), cap);
    }

    @Override
    public void close() {
        search.cap = before;
    }
}
