-- The publication workflow: effective documents queued for review (法释〔2016〕19号 Art. 7), the reviewers' corrections,
-- and the public notes on published records (not published under Art. 4, corrected, withdrawn).

create table publication_item (
    id                    uuid                     not null primary key,
    decision_id           uuid                     not null,           -- the judgments module's decision: one item each
    case_id               uuid                     not null,
    court_code            text                     not null,           -- whose clerks review it
    case_number           text,
    case_type             text                     not null,
    cause                 text,
    kind                  text                     not null,
    title                 text                     not null,
    document_hash         text                     not null,
    decided_on            date                     not null,
    period_start          date                     not null,           -- took effect (or the 2nd instance did)
    deadline              date                     not null,           -- Art. 7: 7 working days after period_start
    after_appeal          boolean                  not null,
    original_text         text                     not null,           -- the document's text: staff only
    profile               text                     not null check (profile in ('RULE_2016', 'PRACTICE_2024')),
    required_ground       text,                                        -- an Art. 4 ground that certainly applies
    grounds_to_check      text[]                   not null default '{}',
    status                text                     not null check (status in ('AWAITING_REVIEW', 'PUBLISHED', 'EXCLUDED')),
    exclusion_ground      text,
    exclusion_reason      text,
    notice_withheld       boolean                  not null default false,
    necessity             text,                                        -- Art. 4(3) proviso: why it is published anyway
    published_judgment_id uuid,                                        -- the published text, or the notice of Art. 6
    queued_at             timestamp with time zone not null,
    decided_by            text,
    decided_at            timestamp with time zone,
    version               bigint                   not null default 0,
    constraint publication_item_decision_key unique (decision_id)
);
create index publication_item_queue_idx on publication_item (court_code, status, deadline);

create table publication_item_correction (
    item_id      uuid                     not null references publication_item (id) on delete cascade,
    position     integer                  not null,
    start_offset integer                  not null,
    end_offset   integer                  not null,
    action       text                     not null check (action in ('MASK', 'KEEP')),
    category     text                     not null,
    replacement  text                     not null default '',
    made_by      text                     not null,
    made_at      timestamp with time zone not null,
    primary key (item_id, position),
    check (0 <= start_offset and start_offset < end_offset)
);

create table published_judgment_notice (
    id            uuid                     not null primary key,
    judgment_id   uuid                     not null references published_judgment (id),
    kind          text                     not null check (kind in ('NOT_PUBLISHED', 'CORRECTED', 'WITHDRAWN')),
    noted_on      date                     not null,
    ground        text,                                                -- Art. 4 ground of a NOT_PUBLISHED notice
    reason        text,                                                -- public
    previous_text text,                                                -- what a correction replaced: not public
    recorded_by   text                     not null,
    recorded_at   timestamp with time zone not null
);
create index published_judgment_notice_judgment_idx on published_judgment_notice (judgment_id, recorded_at);

-- A withdrawn record leaves the search index (conditional indexing) but keeps its address with the withdrawal note.
alter table published_judgment add column withdrawn_on date;
