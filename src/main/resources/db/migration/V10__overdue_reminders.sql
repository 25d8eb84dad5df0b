-- When the assignee was told their assignment is overdue: once per assignment (reassigning or a new due date
-- clears it, so the next overdue date is told again).
alter table assignment add column overdue_reminded_at timestamp with time zone;
create index ix_assignment_due on assignment (due_date);
