-- Documents are content-addressed and immutable: the hash is the identity, a new version is a new row.
create table document (
    hash           text                     primary key check (hash ~ '^[0-9a-f]{64}$'),
    title          text                     not null,
    document_type  text                     not null,
    issuer         text                     not null,
    media_type     text                     not null,
    size_bytes     bigint                   not null check (size_bytes >= 0),
    -- the case number text; becomes a reference to the docket's case once that module exists
    case_reference text,
    created_at     timestamp with time zone not null
);
create index document_case_reference_idx on document (case_reference) where case_reference is not null;

-- Every PDF a court sealed on this platform, found by the code printed on it or by its hash.
create table sealed_document (
    verification_code text                     primary key check (verification_code ~ '^[0-9A-Z]{10}$'),
    hash              text                     not null unique references document (hash),
    court_code        text                     not null,
    court_name        text                     not null,
    title             text                     not null,
    sealed_at         timestamp with time zone not null
);

-- The platform CA ('platform-ca') and the courts' seal keys ('seal:<court code>'); private keys are encrypted PKCS#8.
create table signing_key (
    alias                     text                     primary key,
    certificate_chain_pem     text                     not null,
    encrypted_private_key_pem text                     not null,
    created_at                timestamp with time zone not null
);

create function documents_are_immutable() returns trigger language plpgsql as $$
begin
    raise exception '% is immutable: % refused', tg_table_name, tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger document_immutable before update or delete on document
    for each row execute function documents_are_immutable();
create trigger sealed_document_immutable before update or delete on sealed_document
    for each row execute function documents_are_immutable();
create trigger signing_key_immutable before update or delete on signing_key
    for each row execute function documents_are_immutable();
