-- Fee relief (司法救助, 诉讼费用交纳办法 Art. 44-51): applications with their grounds and evidence, the court's decision,
-- and what a decision changes on the fee notice (the amount still due, the deadline, a waiver).

alter table fee_notice add column amount_due numeric(18, 2);
update fee_notice set amount_due = amount;
alter table fee_notice alter column amount_due set not null;
alter table fee_notice add constraint fee_notice_amount_due_within_fee check (amount_due >= 0 and amount_due <= amount);
alter table fee_notice drop constraint fee_notice_status_check;
alter table fee_notice add constraint fee_notice_status_check
    check (status in ('UNPAID', 'PAID', 'OVERDUE', 'NOTHING_DUE', 'WAIVED'));

-- Tasks for the court: a relief application to decide, besides the unpaid fee. A task done may come back (an unpaid
-- fee after a refused application), so only one OPEN task per case and kind.
alter table judge_task drop constraint judge_task_kind_check;
alter table judge_task add constraint judge_task_kind_check check (kind in ('FEE_UNPAID', 'FEE_RELIEF'));
alter table judge_task drop constraint judge_task_once;
create unique index judge_task_open_once on judge_task (case_id, kind) where done_at is null;

create table fee_relief_application (
    id                uuid        not null primary key,
    case_id           uuid        not null,
    notice_id         uuid        not null references fee_notice (id),
    court             text        not null,
    case_number       text        not null,
    applicant         text        not null,             -- username of the plaintiff or the plaintiff's lawyer
    party_name        text        not null,             -- the plaintiff the relief is for
    natural_person    boolean     not null,             -- Art. 44 ¶2: waivers for natural persons only
    kind              text        not null check (kind in ('DEFERRAL', 'REDUCTION', 'WAIVER')),
    reduction_percent integer,
    defer_until       date,
    grounds           text[]      not null,
    statement         text        not null,
    status            text        not null check (status in ('PENDING', 'GRANTED', 'REFUSED')),
    granted_kind      text check (granted_kind in ('DEFERRAL', 'REDUCTION', 'WAIVER')),
    granted_percent   integer check (granted_percent between 30 and 99),   -- Art. 46 ¶2: at least 30 %
    granted_until     date,
    reasons           text,
    decided_by        text,
    decided_at        timestamptz,
    applied_at        timestamptz not null,
    constraint fee_relief_not_own_decision check (decided_by is null or decided_by <> applicant),
    constraint fee_relief_waiver_natural check (granted_kind is distinct from 'WAIVER' or natural_person),
    constraint fee_relief_refusal_reasoned check (status <> 'REFUSED' or reasons is not null)  -- Art. 48 ¶3
);
create index fee_relief_application_case_idx on fee_relief_application (case_id, applied_at);
create index fee_relief_application_pending_idx on fee_relief_application (court) where status = 'PENDING';
-- one application at a time per case: a second one while the first is pending is refused
create unique index fee_relief_application_one_pending on fee_relief_application (case_id) where status = 'PENDING';

create table fee_relief_evidence (
    application_id uuid   not null references fee_relief_application (id),
    position       integer not null,
    hash           text   not null,                     -- SHA-256 in the document store
    file_name      text   not null,
    media_type     text   not null,
    size           bigint not null,
    primary key (application_id, position)
);
