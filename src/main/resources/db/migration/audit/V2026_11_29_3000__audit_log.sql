-- The audit log: append-only, each entry's hash covers its content and the previous entry's hash.
create table audit_entry (
    seq           bigserial primary key,
    recorded_at   timestamp with time zone not null,
    actor         text                     not null,
    action        text                     not null,
    subject       text                     not null,
    outcome       text                     not null check (outcome in ('SUCCESS', 'FAILURE', 'DENIED')),
    details       text                     not null,
    previous_hash char(64)                 not null,
    hash          char(64)                 not null unique
);
create index audit_entry_actor_idx on audit_entry (actor, recorded_at);
create index audit_entry_subject_idx on audit_entry (subject, recorded_at);

-- Nothing may change or remove an entry once written.
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
