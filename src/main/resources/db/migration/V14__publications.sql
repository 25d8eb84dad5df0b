-- Public fact-check pages (export module): a verified claim an editor published, at a stable address. The page shows
-- the snapshot taken when it was published or verified again, so an edit after publishing never changes what
-- readers see until the claim is verified anew.
create table publication (
    claim_id        bigint        not null primary key references claim (id) on delete cascade,
    team_id         bigint        not null,
    slug            varchar(80)   not null,
    state           varchar(20)   not null,
    claim_reviewed  varchar(300)  not null,
    snapshot        varchar(200000) not null,
    published_by    varchar(60)   not null,
    published_at    timestamp with time zone not null,
    created_by      varchar(60),
    created_at      timestamp with time zone not null,
    updated_by      varchar(60),
    updated_at      timestamp with time zone not null,
    version         bigint        not null default 0,
    constraint uk_publication_slug unique (slug)
);
