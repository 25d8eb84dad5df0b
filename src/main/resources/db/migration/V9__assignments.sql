-- Who checks which claim by when (review module): at most one assignment per claim.
create table assignment (
    claim_id    bigint       not null primary key references claim (id) on delete cascade,
    assignee    varchar(60)  not null,
    due_date    date,
    priority    varchar(10)  not null,
    created_by  varchar(60),
    created_at  timestamp with time zone not null,
    updated_by  varchar(60),
    updated_at  timestamp with time zone not null,
    version     bigint       not null default 0
);
create index ix_assignment_assignee on assignment (assignee, due_date);
