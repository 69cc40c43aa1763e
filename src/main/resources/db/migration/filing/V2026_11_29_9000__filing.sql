-- Filing: drafts of element-based complaints, their attachments and the defendants' answers.

create table filing_draft (
    id              uuid        not null primary key,
    owner           text        not null,                  -- username of the filer
    court           text        not null,                  -- 法院代字 chosen by the filer
    schema_id       text        not null,                  -- element schema (case type), e.g. private-lending
    schema_version  integer     not null,
    answers         jsonb       not null,
    status          text        not null check (status in ('DRAFT', 'SUBMITTED')),
    case_id         uuid        unique,                    -- the docket case opened on submission
    complaint_hash  char(64),                              -- SHA-256 of the last complaint PDF generated
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    submitted_at    timestamptz,
    version         bigint      not null,
    constraint filing_draft_submitted check ((status = 'SUBMITTED') = (case_id is not null))
);
create index filing_draft_owner_idx on filing_draft (owner, updated_at desc);

create table filing_attachment (
    draft_id    uuid        not null references filing_draft (id),
    hash        char(64)    not null,                      -- SHA-256 of the content in the document store
    kind        text        not null check (kind in ('EVIDENCE', 'POWER_OF_ATTORNEY', 'OTHER')),
    file_name   text        not null,
    media_type  text        not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png')),
    size        bigint      not null check (size > 0),
    added_at    timestamptz not null,
    primary key (draft_id, hash, kind)
);

create table filing_defence (
    case_id      uuid        not null,
    defendant    text        not null,                     -- username of the answering defendant
    draft_id     uuid        not null references filing_draft (id),
    defence      jsonb       not null,
    answer_hash  char(64),                                 -- SHA-256 of the last answer PDF generated
    updated_at   timestamptz not null,
    primary key (case_id, defendant)
);
