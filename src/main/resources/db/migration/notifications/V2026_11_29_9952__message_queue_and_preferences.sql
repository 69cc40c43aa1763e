-- The durable queue of reminders and alerts: one row per reminder key and channel, written in the transaction of
-- whoever scheduled it, taken by one sender at a time (a lease in taken_until), kept after it went out.

create table message_queue (
    id               uuid        not null primary key,
    reminder_key     text        not null,
    channel          text        not null check (channel in ('INBOX', 'EMAIL', 'SMS')),
    recipient        text        not null,                 -- username
    template         text        not null,                 -- template code, e.g. answerPeriodEnding
    arguments        text        not null,                 -- JSON array of strings
    kind             text        not null check (kind in ('LEGAL', 'REMINDER', 'ALERT')),
    case_id          uuid,
    link             text,
    due_at           timestamptz not null,
    state            text        not null check (state in ('QUEUED', 'SENT', 'DROPPED', 'FAILED', 'CANCELLED')),
    attempts         integer     not null default 0,       -- refusals so far
    next_attempt_at  timestamptz not null,
    taken_until      timestamptz,
    outcome          text,                                 -- the far side's reference, or why it did not go out
    created_at       timestamptz not null,
    decided_at       timestamptz,
    constraint message_queue_once unique (reminder_key, channel)
);

create index message_queue_due on message_queue (next_attempt_at) where state = 'QUEUED';

-- Which channels each person takes reminders and alerts by; no row means every channel.
create table notification_preference (
    username    text        not null primary key,
    email       boolean     not null,
    sms         boolean     not null,
    updated_at  timestamptz not null
);
