package org.claimdesk.claim;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.metamodel.model.domain.ReturnableType;
import org.hibernate.query.sqm.function.AbstractSqmSelfRenderingFunctionDescriptor;
import org.hibernate.query.sqm.produce.function.StandardArgumentsValidators;
import org.hibernate.query.sqm.produce.function.StandardFunctionReturnTypeResolvers;
import org.hibernate.sql.ast.SqlAstTranslator;
import org.hibernate.sql.ast.spi.SqlAppender;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.sql.ast.tree.expression.ColumnReference;
import org.hibernate.sql.ast.tree.expression.Expression;
import org.hibernate.type.BasicType;
import org.hibernate.type.StandardBasicTypes;

import java.util.List;

/**
 * The functions claim search uses in its JPA queries on PostgreSQL (registered through
 * META-INF/services; on H2 nothing is registered and {@link ClaimSpecifications} searches with like):
 * <ul>
 *   <li>{@code claim_fts_match(c.id, text)}: {@code c.search_vector @@ websearch_to_tsquery('english', text)}</li>
 *   <li>{@code claim_fts_rank(c.id, text)}: {@code ts_rank(c.search_vector, websearch_to_tsquery('english', text))}</li>
 *   <li>{@code claim_sort_text(c.text)}: the text sort's key (see {@link #SORT_TEXT})</li>
 * </ul>
 * The vector column (db/migration-postgresql/V16) is deliberately not mapped on the Claim entity (it would be read
 * with every claim, and H2 has no such type), so the functions take the claim's id and write the vector column of
 * the same table alias: the filters, the team scope and the paging stay one JPA Specification on both databases,
 * and the SQL keeps the indexable form {@code search_vector @@ ...} that the GIN index serves.
 */
public class ClaimSearchFunctions implements FunctionContributor {

    static final String MATCH = "claim_fts_match";
    static final String RANK = "claim_fts_rank";
    /**
     * {@code claim_sort_text(c.text)}: the claim text's first {@value #SORT_PREFIX} characters, the key of the text
     * sort on PostgreSQL, written with inline numbers so that it matches V20's expression index {@code
     * (substring(claim_text, 1, 200), id)} in every plan (a whole text can be too long for a b-tree entry).
     */
    static final String SORT_TEXT = "claim_sort_text";
    static final int SORT_PREFIX = 200;
    /** Also in V16's claim_search_document: the query must be parsed with the document's configuration. */
    static final String CONFIG = "english";

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        if (!(functions.getDialect() instanceof PostgreSQLDialect)) {
            return;
        }
        var types = functions.getTypeConfiguration().getBasicTypeRegistry();
        functions.getFunctionRegistry().register(MATCH, new VectorFunction(MATCH,
                types.resolve(StandardBasicTypes.BOOLEAN), "(%s.search_vector @@ websearch_to_tsquery('" + CONFIG + "', ", "))"));
        functions.getFunctionRegistry().register(RANK, new VectorFunction(RANK,
                types.resolve(StandardBasicTypes.DOUBLE), "ts_rank(%s.search_vector, websearch_to_tsquery('" + CONFIG + "', ", "))"));
        functions.getFunctionRegistry().patternDescriptorBuilder(SORT_TEXT, "substring(?1, 1, " + SORT_PREFIX + ")")
                .setExactArgumentCount(1).setInvariantType(types.resolve(StandardBasicTypes.STRING)).register();
    }

    /** {@code before} (with the claim table's alias) + the query text argument + {@code after}. */
    private static final class VectorFunction extends AbstractSqmSelfRenderingFunctionDescriptor {

        private final String before;
        private final String after;

        VectorFunction(String name, BasicType<?> type, String before, String after) {
            super(name, StandardArgumentsValidators.exactly(2), StandardFunctionReturnTypeResolvers.invariant(type), null);
            this.before = before;
            this.after = after;
        }

        @Override
        public void render(SqlAppender sql, List<? extends SqlAstNode> arguments, ReturnableType<?> returnType,
                           SqlAstTranslator<?> walker) {
            // the id path arrives as a path interpretation wrapping its column (ColumnReference itself returns this)
            ColumnReference id = arguments.get(0) instanceof Expression e ? e.getColumnReference() : null;
            if (id == null || id.getQualifier() == null) {
                throw new IllegalArgumentException(getName() + " takes the claim's id column first");
            }
            sql.appendSql(before.formatted(id.getQualifier()));
            arguments.get(1).accept(walker);
            sql.appendSql(after);
        }
    }
}
