-- Users administered by admins: an optional e-mail address, and whether the user must change the password an
-- admin gave them (a new account's or a reset one) before doing anything else. Existing accounts (the demo
-- accounts, the first admin) keep their passwords and need not change them.
alter table app_user add column email varchar(254);
alter table app_user add column must_change_password boolean default false not null;
