-- Each user's light/dark choice, applied on every page they open (security.ThemePreference). Existing users keep
-- the light theme they had.
alter table app_user add column theme varchar(10) default 'LIGHT' not null;
alter table app_user add constraint app_user_theme_check check (theme in ('LIGHT', 'DARK'));
