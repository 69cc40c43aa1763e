-- Accounts of natural and legal persons. Usernames are stored in lower case, so the unique index is case-insensitive.
create table identity_account (
    id                     uuid primary key,
    username               varchar(32)  not null,
    password_hash          varchar(255) not null,
    kind                   varchar(20)  not null check (kind in ('NATURAL_PERSON', 'LEGAL_PERSON')),
    name                   varchar(100) not null,
    identity_number        varchar(18)  not null,
    mobile                 varchar(11)  not null,
    email                  varchar(254),
    legal_representative   varchar(100),
    language               varchar(10)  not null,
    licence_number         varchar(17),
    law_firm               varchar(200),
    verified_at            timestamp with time zone,
    verification_method    varchar(100),
    totp_secret            varchar(255),
    totp_last_step         bigint,
    failed_logins          integer      not null default 0,
    last_failed_login_at   timestamp with time zone,
    locked_until           timestamp with time zone,
    created_at             timestamp with time zone not null,
    version                bigint       not null default 0,
    constraint identity_account_username_unique unique (username),
    constraint identity_account_identity_unique unique (kind, identity_number),
    constraint identity_account_username_lower check (username = lower(username))
);

-- Roles held by an account; court staff roles name the court (法院代字), the others hold null.
create table identity_role_grant (
    id          uuid primary key,
    account_id  uuid        not null references identity_account (id) on delete cascade,
    role        varchar(20) not null,
    court_code  varchar(20),
    constraint identity_role_grant_unique unique nulls not distinct (account_id, role, court_code)
);

create index identity_role_grant_court on identity_role_grant (court_code) where court_code is not null;
