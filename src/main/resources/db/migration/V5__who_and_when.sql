-- Every editable record keeps the same five columns (created_by, created_at, updated_by, updated_at, version),
-- mapped once by org.claimdesk.shared.Tracked. Renames where a table named them otherwise; fills the new columns
-- of existing rows from what the table already knew.

-- users
alter table app_user add column created_by varchar(60);
alter table app_user add column updated_by varchar(60);
alter table app_user add column updated_at timestamp with time zone;
update app_user set created_by = 'system', updated_by = 'system', updated_at = created_at;
alter table app_user alter column updated_at set not null;

-- articles: imported by/at are its creation
alter table article rename column imported_by to created_by;
alter table article rename column imported_at to created_at;
alter table article add column updated_by varchar(60);
alter table article add column updated_at timestamp with time zone;
update article set updated_by = created_by, updated_at = created_at;
alter table article alter column updated_at set not null;

-- claims
alter table claim add column created_by varchar(60);
update claim set created_by = updated_by;

-- links between claims
alter table claim_link add column updated_by varchar(60);
alter table claim_link add column updated_at timestamp with time zone;
update claim_link set updated_by = coalesce(decided_by, created_by), updated_at = coalesce(decided_at, created_at);
alter table claim_link alter column updated_at set not null;

-- publishers
alter table publisher add column created_by varchar(60);
alter table publisher add column created_at timestamp with time zone;
update publisher set created_by = updated_by, created_at = coalesce(updated_at, current_timestamp),
                     updated_at = coalesce(updated_at, current_timestamp);
alter table publisher alter column created_at set not null;
alter table publisher alter column updated_at set not null;

-- sources: added by/at are its creation
alter table source rename column added_by to created_by;
alter table source rename column added_at to created_at;
update source set updated_by = coalesce(updated_by, created_by), updated_at = coalesce(updated_at, created_at);
alter table source alter column updated_at set not null;

-- verdicts: the author's decision is the creation (author and decided_at stay: a new verdict replaces both)
alter table verdict add column created_by varchar(60);
alter table verdict add column created_at timestamp with time zone;
alter table verdict add column updated_by varchar(60);
alter table verdict add column updated_at timestamp with time zone;
update verdict set created_by = author, created_at = decided_at, updated_by = coalesce(approved_by, author),
                   updated_at = coalesce(approved_at, decided_at);
alter table verdict alter column created_at set not null;
alter table verdict alter column updated_at set not null;

-- the rating scale's labels (rows written by V4)
alter table rating_label add column created_by varchar(60);
alter table rating_label add column created_at timestamp with time zone;
alter table rating_label add column updated_at timestamp with time zone;
update rating_label set created_by = 'system', created_at = current_timestamp, updated_at = current_timestamp;
alter table rating_label alter column created_at set not null;
alter table rating_label alter column updated_at set not null;
