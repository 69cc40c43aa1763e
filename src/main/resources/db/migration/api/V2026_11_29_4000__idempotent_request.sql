-- Requests sent with an Idempotency-Key: the first one's fingerprint and, once answered, its response, which is
-- replayed to every repetition within the retention period (api module).
create table idempotent_request (
    id                    bigint generated always as identity primary key,
    scope                 text         not null, -- principal, method and path
    idempotency_key       varchar(255) not null,
    fingerprint           char(64)     not null, -- SHA-256 of method, target and body
    response_status       smallint, -- null while the first request is running
    response_content_type varchar(255),
    response_location     text,
    response_body         bytea,
    created_at            timestamptz  not null,
    completed_at          timestamptz,
    constraint idempotent_request_scope_key unique (scope, idempotency_key),
    constraint idempotent_request_completed check ((response_status is null) = (completed_at is null))
);

create index idempotent_request_created_at on idempotent_request (created_at);
