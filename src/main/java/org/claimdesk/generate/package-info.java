/**
 * Newsroom-scale test data and its benchmark (issue 11): {@code generate} fills the configured database with
 * realistic articles, claims, figures, sources, verdicts, assignments, comments and history through plain JDBC
 * batches (a commit per chunk), and {@code bench} times the services the views call on whatever the database
 * holds. Both are command-line modes of the application jar, without the web server (see {@code Application}).
 * <p>
 * Generated rows are marked so that a real installation is never mixed up with them: an article's
 * {@code content_hash} starts with {@code generated-} (the claims, sources, verdicts, comments and history of
 * such an article are generated too), generated users' names start with {@code gen-}, generated teams' names with
 * {@code Generated desk}. See {@link org.claimdesk.generate.GeneratedData}.
 */
package org.claimdesk.generate;
