-- The SANDBOX SMS gateway's own books (another system that runs inside the application in demo and test mode):
-- every text it accepted, once per client reference.

create table sandbox_sms (
    message_id   text        not null primary key,
    reference    text        not null unique,         -- the client's reference; sending it again changes nothing
    api_key      text        not null,
    recipient    text        not null,
    sign_name    text        not null,
    text         text        not null,
    received_at  timestamptz not null
);

create index sandbox_sms_by_recipient on sandbox_sms (recipient, received_at);
