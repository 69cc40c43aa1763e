-- Service of documents (送达): service addresses with their history, services with a record per channel, what the
-- recipient did, postal tasks and public notices, certificates, and the automatic service of registered cases.

-- Registered cases as the docket announced them; fee notices and other documents issued for them elsewhere.
create table delivery_case (
    case_id        uuid        primary key,
    case_number    text        not null unique,
    court          text        not null,
    procedure      text        not null,
    cause          text        not null,
    registered_at  timestamptz not null
);

create table delivery_case_document (
    case_number    text        not null,
    kind           text        not null,            -- e.g. fee-notice
    hash           text        not null check (hash ~ '^[0-9a-f]{64}$'),
    primary key (case_number, kind)
);

-- 送达地址确认书: one row per confirmation; the latest per identification is the current one, the rest is history.
create table service_address (
    id                 uuid        primary key,
    identification     text        not null,         -- ID number or unified social credit code
    account            text,
    name               text        not null,
    electronic_consent boolean     not null,
    channels           text[]      not null,          -- INBOX, EMAIL, SMS
    email              text,
    mobile             text,
    postcode           text,
    postal_address     text        not null,
    phone              text,
    domicile_abroad    boolean     not null,
    method             text        not null,          -- ONLINE_BY_PARTY, CLERK_FROM_PAPER
    recorded_by        text        not null,
    case_id            uuid,
    confirmed_at       timestamptz not null,
    seq                bigserial   not null unique
);
create index service_address_by_person on service_address (identification, seq desc);

create table service (
    id                     uuid        primary key,
    case_id                uuid        not null,
    case_number            text        not null,
    court                  text        not null,
    document_hash          text        not null check (document_hash ~ '^[0-9a-f]{64}$'),
    document_title         text        not null,
    document_kind          text        not null,
    recipient_id           text        not null,
    recipient_name         text        not null,
    recipient_role         text        not null,
    recipient_account      text,
    domicile_abroad        boolean     not null,
    consent                text        not null,
    confirmation_id        uuid        references service_address (id),
    requested_by           text        not null,
    requested_at           timestamptz not null,
    -- the postal task (法院专递), when there is one
    postal_status          text,
    postal_postcode        text,
    postal_address         text,
    postal_phone           text,
    postal_confirmed       boolean,
    tracking_number        text,
    posted_on              date,
    received_on            date,
    signed_by_addressee    boolean,
    returned_on            date,
    return_reason          text,
    postal_created_at      timestamptz,
    -- the public notice (公告送达), when there is one
    notice_issued_on       date,
    notice_medium          text,
    notice_ground          text,
    notice_abroad          boolean,
    notice_deemed_on       date,
    notice_issued_by       text,
    -- when service took effect
    effective_at           timestamptz,
    effective_on           date,
    effective_basis        text,
    effective_channel      text,
    period_kind            text,
    period_days            integer,
    period_article         text,
    period_last_day        date
);
create index service_by_case on service (case_id, requested_at);
create index service_by_court on service (court, effective_channel);
create index service_notice_due on service (notice_deemed_on) where effective_at is null and notice_deemed_on is not null;

-- One record per recipient and electronic channel.
create table service_channel (
    service_id     uuid        not null references service (id),
    channel        text        not null,
    address        text        not null,
    confirmed      boolean     not null,
    access_token   text        not null unique,
    status         text        not null,              -- QUEUED, ACCEPTED, REFUSED
    at             timestamptz,
    reference      text,
    failure        text,
    primary key (service_id, channel)
);
create index service_channel_queued on service_channel (service_id) where status = 'QUEUED';

create table service_interaction (
    service_id     uuid        not null references service (id),
    seq            integer     not null,
    kind           text        not null,              -- OPENED, DOWNLOADED, REPLIED
    at             timestamptz not null,
    channel        text,
    actor          text        not null,
    primary key (service_id, seq)
);

-- 电子送达凭证: a new certificate whenever the trace has grown since the last one.
create table service_certificate (
    service_id     uuid        not null references service (id),
    trace_size     integer     not null,
    hash           text        not null,
    primary key (service_id, trace_size)
);

-- Automatic service on registration (CPL Art. 128: within 5 days).
create table automatic_service (
    case_id        uuid        not null,
    item           text        not null,              -- ACCEPTANCE_NOTICE, FEE_NOTICE, COMPLAINT_COPY
    court          text        not null,
    case_number    text        not null,
    status         text        not null,              -- PENDING, DONE, DONE_BY_CLERK, FAILED
    reason_code    text,
    reason_args    text[]      not null default '{}',
    attempts       integer     not null default 0,
    due_on         date        not null,
    document_hash  text,
    updated_at     timestamptz not null,
    primary key (case_id, item)
);
create index automatic_service_open on automatic_service (court, due_on) where status in ('PENDING', 'FAILED');
