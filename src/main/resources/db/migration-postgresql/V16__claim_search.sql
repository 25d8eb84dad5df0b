-- Full-text search on claims (ClaimSearch): the claimant, the claim text and the article's title in one tsvector per
-- claim, with a GIN index, queried with websearch_to_tsquery and ranked with ts_rank. H2 has its own V16 (a no-op:
-- it searches with like, see db/migration-h2).
--
-- Language 'english': it stems ("soldiers" finds "soldier", "rises" finds "rise") and
-- drops stop words, which is what a newsroom searching English copy expects; claimants' names are stemmed the same
-- way in the document and in the query, so a name still finds itself. Weights: claimant A, claim text B, title C, so
-- ts_rank puts a claim said by the searched person, or about the searched words, before one whose article merely
-- has them in its title.
create function claim_search_document(claimant text, claim_text text, title text) returns tsvector
    language sql immutable parallel safe as $$
    select setweight(to_tsvector('english', coalesce(claimant, '')), 'A')
        || setweight(to_tsvector('english', coalesce(claim_text, '')), 'B')
        || setweight(to_tsvector('english', coalesce(title, '')), 'C')
$$;

-- A column kept by triggers, not a generated column: a generated column may only read its own row, and the title
-- lives in article. Claims are written often (status, text) and titles rarely, so the copy is refreshed per claim when
-- its own words or its article change, and for all claims of an article when that article's title changes.
alter table claim add column search_vector tsvector;

create function claim_search_vector_refresh() returns trigger language plpgsql as $$
begin
    new.search_vector := claim_search_document(new.claimant, new.claim_text,
                                               (select a.title from article a where a.id = new.article_id));
    return new;
end
$$;

create trigger claim_search_vector_on_insert before insert on claim
    for each row execute function claim_search_vector_refresh();

-- Hibernate writes every column on update: only a real change of the searched words or of the article recomputes
create trigger claim_search_vector_on_update before update on claim
    for each row when (old.claim_text is distinct from new.claim_text or old.claimant is distinct from new.claimant
                       or old.article_id is distinct from new.article_id)
    execute function claim_search_vector_refresh();

create function article_title_search_refresh() returns trigger language plpgsql as $$
begin
    update claim set search_vector = claim_search_document(claimant, claim_text, new.title) where article_id = new.id;
    return null;
end
$$;

create trigger article_title_search_on_update after update on article
    for each row when (old.title is distinct from new.title) execute function article_title_search_refresh();

update claim c set search_vector = claim_search_document(c.claimant, c.claim_text, a.title)
from article a where a.id = c.article_id;
alter table claim alter column search_vector set not null;

create index ix_claim_search on claim using gin (search_vector);
