package org.claimdesk;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the calling thread (registered in the test profile as
 * {@code hibernate.session_factory.statement_inspector}): Hibernate's own statistics are global, so a background
 * listener or scheduled job would be counted with the call under test.
 */
public class ThreadStatements implements StatementInspector {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    @Override
    public String inspect(String sql) {
        COUNT.get()[0]++;
        return sql;
    }

    /** The statements {@code call} prepared on this thread. */
    public static long during(Runnable call) {
        long before = COUNT.get()[0];
        call.run();
        return COUNT.get()[0] - before;
    }
}
