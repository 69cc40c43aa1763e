-- What became of each message sent over a channel: one row per key, channel and address, so that a message is sent
-- at most once there. A row is claimed (SENDING) before the far side is called and decided (ACCEPTED or REFUSED)
-- after; a claim left behind by a node that died is taken over once its lease has run out.

create table message_dispatch (
    id           bigint generated always as identity primary key,
    message_key  text        not null,
    channel      text        not null check (channel in ('INBOX', 'EMAIL', 'SMS')),
    address      text        not null,                 -- e-mail address, mobile number or username, normalised
    state        text        not null check (state in ('SENDING', 'ACCEPTED', 'REFUSED')),
    reference    text,                                 -- Message-ID, SMS gateway message id, inbox message id
    failure      text,                                 -- why the far side refused, for an operator
    attempts     integer     not null,
    claimed_at   timestamptz not null,
    decided_at   timestamptz,
    constraint message_dispatch_once unique (message_key, channel, address)
);

-- A message in the inbox can point at what it is about (a served document, a fee notice).
alter table inbox_message add column link text;
