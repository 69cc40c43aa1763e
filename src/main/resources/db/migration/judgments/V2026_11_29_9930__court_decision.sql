-- Decisions of cases (judgments, rulings, payment orders, decisions, mediation statements) and their legal effect.

create table court_decision (
    id              uuid                     not null primary key,
    case_id         uuid                     not null,
    court_code      text                     not null,
    kind            text                     not null check (kind in ('JUDGMENT', 'RULING', 'PAYMENT_ORDER',
                                                 'NOTICE_REJECTING_PETITION', 'DECISION', 'MEDIATION_STATEMENT')),
    title           text                     not null,
    document_hash   text                     not null,           -- SHA-256 of the stored document
    decided_on      date                     not null,           -- the date printed on the document
    served_on       date,                                        -- when served by the platform; null when entered by a clerk
    appeal_days     integer                  not null default 0, -- CPL Art. 171: 15 for judgments, 10 for rulings, 0 none
    status          text                     not null check (status in ('AWAITING_EFFECT', 'EFFECTIVE', 'APPEALED',
                                                 'CONCLUDED_ON_APPEAL')),
    effective_on    date,                                        -- in effect from; for an appealed one, the 2nd instance's
    appeal_case_id  uuid,                                        -- the appeal that keeps it from or concluded it
    recorded_by     text                     not null,           -- username, or system
    recorded_at     timestamp with time zone not null,
    constraint court_decision_document_key unique (case_id, document_hash),
    constraint court_decision_effect_check check (status not in ('EFFECTIVE', 'CONCLUDED_ON_APPEAL')
                                                  or effective_on is not null)
);
create index court_decision_awaiting_idx on court_decision (served_on) where status = 'AWAITING_EFFECT';
create index court_decision_case_idx on court_decision (case_id);
