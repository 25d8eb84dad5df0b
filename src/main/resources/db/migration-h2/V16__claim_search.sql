-- H2 (the embedded demo database) has no tsvector: claims are searched with lower(...) like '%word%' per word over the
-- claim text, the claimant and the article title (ClaimSpecifications), which no index can serve, and which is fast
-- enough at a demo's size. Nothing to create; this version keeps both databases' migration numbers in step.
-- PostgreSQL's V16 (db/migration-postgresql) adds the full-text column and its GIN index.
select 1;
