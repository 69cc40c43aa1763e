-- Fees after registration: fee notices (缴费通知书), payment orders and booked payments, the double-entry ledger per
-- case, refunds (退费) with maker-checker approval (复核), payment alerts, reconciliation (对账) and judges' tasks.

create table fee_notice (
    id            uuid           not null primary key,
    case_id       uuid           not null,
    kind          text           not null check (kind in ('ACCEPTANCE')),
    case_number   text           not null,
    court         text           not null,
    court_name    text           not null,
    payers        text[]         not null,
    amount        numeric(18, 2) not null check (amount >= 0),
    breakdown     jsonb          not null,
    assumption    text,                                  -- message code of a default taken for missing facts
    facts         jsonb          not null,               -- the facts assessed, to recompute refunds by rule
    issued_on     date           not null,
    deadline      date           not null,
    status        text           not null check (status in ('UNPAID', 'PAID', 'OVERDUE', 'NOTHING_DUE')),
    document_hash text,
    created_at    timestamptz    not null,
    constraint fee_notice_once unique (case_id, kind)    -- a redelivered CaseRegistered creates no second notice
);

create table fee_payment_order (
    id          uuid           not null primary key,     -- the merchant order number sent to the gateway
    notice_id   uuid           not null references fee_notice (id),
    case_id     uuid           not null,
    amount      numeric(18, 2) not null check (amount > 0),
    pay_url     text           not null,
    status      text           not null check (status in ('CREATED', 'PAID', 'ALERT')),
    created_by  text           not null,
    created_at  timestamptz    not null
);
create index fee_payment_order_case_idx on fee_payment_order (case_id);

create table fee_payment (
    id             uuid           not null primary key,
    order_id       uuid           not null references fee_payment_order (id),
    case_id        uuid           not null,
    transaction_id text           not null,
    amount         numeric(18, 2) not null check (amount > 0),
    paid_at        timestamptz    not null,
    booked_at      timestamptz    not null,
    receipt_hash   text,
    constraint fee_payment_once unique (transaction_id)  -- the same notification 100 times books one payment
);
create index fee_payment_case_idx on fee_payment (case_id);

create table fee_payment_alert (
    id             uuid           not null primary key,
    order_id       uuid,
    case_id        uuid,
    transaction_id text           not null,
    reason         text           not null check (reason in ('AMOUNT_MISMATCH', 'UNKNOWN_ORDER')),
    expected       numeric(18, 2),
    notified       numeric(18, 2) not null,
    raised_at      timestamptz    not null,
    constraint fee_payment_alert_once unique (transaction_id, reason)
);

-- Double entry: a transaction's entries balance (sum of debits = sum of credits), checked at commit.
create table ledger_transaction (
    id          uuid        not null primary key,
    case_id     uuid        not null,
    kind        text        not null check (kind in ('CHARGE', 'PAYMENT', 'REFUND_DUE', 'REFUND_PAID', 'WRITE_OFF')),
    reference   text        not null,
    booked_at   timestamptz not null,
    booked_on   date        not null,
    constraint ledger_transaction_once unique (kind, reference)
);
create index ledger_transaction_case_idx on ledger_transaction (case_id, booked_at);

create table ledger_entry (
    transaction_id uuid           not null references ledger_transaction (id),
    position       integer        not null,
    account        text           not null,
    debit          numeric(18, 2) not null default 0 check (debit >= 0),
    credit         numeric(18, 2) not null default 0 check (credit >= 0),
    primary key (transaction_id, position),
    constraint ledger_entry_one_side check ((debit = 0) <> (credit = 0))
);
create index ledger_entry_account_idx on ledger_entry (account);

create function ledger_transaction_balances() returns trigger language plpgsql as $$
declare
    difference numeric;
begin
    select coalesce(sum(debit), 0) - coalesce(sum(credit), 0) into difference
      from ledger_entry where transaction_id = new.transaction_id;
    if difference <> 0 then
        raise exception 'ledger transaction % does not balance (debits - credits = %)', new.transaction_id, difference;
    end if;
    return null;
end;
$$;
create constraint trigger ledger_entry_balanced after insert on ledger_entry
    deferrable initially deferred for each row execute function ledger_transaction_balances();

create function ledger_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the ledger is append-only; book a correcting transaction instead';
end;
$$;
create trigger ledger_entry_no_change before update or delete on ledger_entry
    for each row execute function ledger_append_only();
create trigger ledger_transaction_no_change before update or delete on ledger_transaction
    for each row execute function ledger_append_only();

create table fee_refund (
    id                uuid           not null primary key,
    case_id           uuid           not null,
    notice_id         uuid           not null references fee_notice (id),
    payment_id        uuid           not null references fee_payment (id),
    ground            text           not null,
    amount            numeric(18, 2) not null check (amount > 0),
    basis             text           not null,
    effective_on      date           not null,           -- the day the document giving rise to the refund took effect
    due_by            date           not null,
    status            text           not null check (status in ('DUE', 'PROPOSED', 'APPROVED', 'REFUNDED', 'FAILED')),
    proposed_by       text,
    proposed_at       timestamptz,
    approved_by       text,
    approved_at       timestamptz,
    gateway_refund_id text,
    refunded_at       timestamptz,
    failure           text,
    created_at        timestamptz    not null,
    constraint fee_refund_maker_checker check (approved_by is null or approved_by <> proposed_by)
);
create unique index fee_refund_once_per_ground on fee_refund (case_id, ground) where status <> 'FAILED';

create table fee_reconciliation (
    day         date        not null,
    position    integer     not null,
    kind        text        not null check (kind in ('MISSING_IN_LEDGER', 'MISSING_AT_GATEWAY', 'AMOUNT_DIFFERS')),
    reference   text        not null,
    ledger      numeric(18, 2),
    gateway     numeric(18, 2),
    run_at      timestamptz not null,
    primary key (day, run_at, position)
);

create table judge_task (
    id          uuid        not null primary key,
    case_id     uuid        not null,
    court       text        not null,
    case_number text        not null,
    kind        text        not null check (kind in ('FEE_UNPAID')),
    message     text        not null,
    created_at  timestamptz not null,
    done_at     timestamptz,
    constraint judge_task_once unique (case_id, kind)
);
create index judge_task_open_idx on judge_task (court) where done_at is null;

-- The SANDBOX payment gateway's own tables: another system that happens to run in the same process for development.
create table sandbox_order (
    order_id        text           not null primary key,  -- the merchant's order number
    merchant_id     text           not null,
    amount          numeric(18, 2) not null check (amount > 0),
    subject         text           not null,
    notify_url      text           not null,
    return_url      text           not null,
    status          text           not null check (status in ('WAITING', 'PAID', 'CLOSED')),
    transaction_id  text           unique,
    paid_at         timestamptz,
    paid_amount     numeric(18, 2),
    method          text,
    refunded        numeric(18, 2) not null default 0,
    created_at      timestamptz    not null
);

create table sandbox_refund (
    refund_id  text           not null primary key,
    refund_no  text           not null unique,            -- the merchant's refund number, makes refunds idempotent
    order_id   text           not null references sandbox_order (order_id),
    amount     numeric(18, 2) not null check (amount > 0),
    refunded_at timestamptz   not null
);

create table sandbox_notification (
    id              bigint generated always as identity primary key,
    order_id        text        not null references sandbox_order (order_id),
    notify_url      text        not null,
    body            text        not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    delivered_at    timestamptz,
    last_error      text
);
create index sandbox_notification_due_idx on sandbox_notification (next_attempt_at) where delivered_at is null;
