-- The docket: cases, their parties, lawyers, links, correction requests, the append-only timeline, and the
-- case-number counters.

create table docket_case (
    id                 uuid        not null primary key,
    court              text        not null,                 -- 法院代字
    type_code          text        not null,                 -- 类型代字, e.g. 民初
    specialised_code   text,                                 -- 专门审判代字, e.g. 知
    procedure          text        not null check (procedure in ('ORDINARY', 'SUMMARY', 'SMALL_CLAIMS')),
    cause_code         text,
    cause_name         text        not null,
    amount             numeric(18, 2) not null check (amount >= 0),
    filer              text        not null,
    filed_at           timestamptz not null,
    received_at        timestamptz not null,                 -- when the complete materials last arrived
    status             text        not null check (status in ('FILED', 'CORRECTION_REQUESTED', 'REGISTERED',
                                                   'ASSIGNED', 'CLOSED', 'REFUSED', 'WITHDRAWN', 'TRANSFERRED')),
    case_number        text        unique,
    number_year        integer,
    number_serial      bigint,
    registered_at      timestamptz,
    judge              text,
    judge_name         text,
    assignment_method  text check (assignment_method in ('RANDOM', 'RULE', 'MANUAL')),
    assigned_at        timestamptz,
    correction_deadline     date,
    correction_requested_at timestamptz,
    refusal_reasons    text[]      not null default '{}',
    transferred_to     text,
    version            bigint      not null,
    constraint docket_case_number_complete check ((case_number is null) = (number_serial is null)),
    constraint docket_case_judge_complete check ((judge is null) = (assignment_method is null))
);
create index docket_case_queue_idx on docket_case (court, status, received_at);
create index docket_case_filer_idx on docket_case (filer);

create table docket_party (
    case_id        uuid    not null references docket_case (id),
    position       integer not null,
    role           text    not null check (role in ('PLAINTIFF', 'DEFENDANT', 'THIRD_PARTY')),
    kind           text    not null check (kind in ('NATURAL_PERSON', 'LEGAL_PERSON')),
    name           text    not null,
    identification text    not null,
    account        text,
    primary key (case_id, position)
);
create index docket_party_account_idx on docket_party (account) where account is not null;

create table docket_representative (
    case_id        uuid    not null references docket_case (id),
    position       integer not null,
    lawyer         text    not null,
    licence_number text    not null,
    for_party      text    not null,
    primary key (case_id, position)
);
create index docket_representative_lawyer_idx on docket_representative (lawyer);

create table docket_case_link (
    case_id    uuid not null references docket_case (id),
    kind       text not null check (kind in ('APPEAL', 'RETRIAL', 'ENFORCEMENT', 'PRE_FILING_MEDIATION')),
    direction  text not null check (direction in ('BEFORE', 'AFTER')),
    other_case uuid not null references docket_case (id),
    primary key (case_id, kind, direction, other_case)
);

create table docket_correction_defect (
    case_id  uuid    not null references docket_case (id),
    position integer not null,
    field    text,
    message  text    not null,
    primary key (case_id, position)
);

-- 审判流程节点: append-only, like the audit log.
create table docket_case_node (
    seq            bigint generated always as identity primary key,
    case_id        uuid        not null references docket_case (id),
    at             timestamptz not null,
    actor_role     text        not null,
    actor_name     text,
    actor_username text,                                     -- for accountability; never shown to parties
    message_code   text        not null,
    arguments      text[]      not null default '{}',
    documents      text[]      not null default '{}',       -- SHA-256 hex of the documents concerned
    deadline       date
);
create index docket_case_node_case_idx on docket_case_node (case_id, seq);

create function docket_case_node_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'docket_case_node is append-only';
end;
$$;
create trigger docket_case_node_no_update before update or delete on docket_case_node
    for each row execute function docket_case_node_append_only();

-- One row per (court, year, specialised code, type code): the last serial handed out. Incremented with
-- insert ... on conflict do update inside the registering transaction; the row lock serialises concurrent clerks on
-- every node, and a rolled-back registration gives its serial back (案号规定 Art. 9–10: no gaps, no duplicates).
create table docket_case_number_counter (
    court            text    not null,
    year             integer not null,
    specialised_code text    not null,                      -- '' when none
    type_code        text    not null,
    last_serial      bigint  not null check (last_serial >= 1),
    primary key (court, year, specialised_code, type_code)
);
