-- The inbox: messages to a user, stored as message codes and arguments and rendered in the reader's language.
-- One message per recipient and source event, so that a redelivered event adds nothing.

create table inbox_message (
    id             uuid        not null primary key,
    recipient      text        not null,                 -- username
    source_event   text        not null,                 -- what caused the message, e.g. FilingRefused:<case id>
    subject_code   text        not null,
    subject_args   text        not null,                 -- JSON array of strings
    body_code      text        not null,
    body_args      text        not null,                 -- JSON array of strings
    case_id        uuid,
    document_hash  text,                                 -- SHA-256 hex of a document the message comes with
    created_at     timestamptz not null,
    read_at        timestamptz,
    constraint inbox_message_once unique (recipient, source_event)
);

create index inbox_message_by_recipient on inbox_message (recipient, created_at desc);
