-- The claims list sorted by text (issue 11): 1.1-1.4 s at 1M claims, as every visible claim was sorted. A b-tree
-- entry cannot hold a whole claim text (up to 8,000 characters; PostgreSQL's limit is about 2,700 bytes), so the
-- sort key is the text's first 200 characters (ClaimSearchFunctions.SORT_TEXT renders exactly this expression).
create index ix_claim_text_sort on claim (substring(claim_text, 1, 200), id);
