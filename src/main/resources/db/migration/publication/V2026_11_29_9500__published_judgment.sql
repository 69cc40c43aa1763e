-- Judgments published on the public portal, anonymised; the search index (Lucene or OpenSearch) is built from here.

create table published_judgment (
    id              uuid                     not null primary key,
    fingerprint     text                     not null,           -- SHA-256 of case number + original text: no duplicates
    title           text                     not null,
    case_number     text,                                        -- as printed, e.g. （2017）沪0120刑初684号
    court_code      text,                                        -- 法院代字 when the court is on the official list
    court_name      text                     not null,
    court_level     text check (court_level in ('SPC', 'HIGH', 'INTERMEDIATE', 'BASIC')),
    province        text,                                        -- the high court's 法院代字 (沪)
    province_name   text,                                        -- 上海市
    decided_on      date,
    case_year       integer,
    case_type       text,                                        -- 类型代字, e.g. 刑初
    document_type   text                     not null,           -- 判决书, 裁定书, 调解书, 决定书…
    procedure       text                     not null check (procedure in ('FIRST_INSTANCE', 'SECOND_INSTANCE', 'RETRIAL', 'OTHER')),
    cause           text,                                        -- charge or cause of action, e.g. 盗窃罪
    full_text       text                     not null,           -- the anonymised text, never the original
    cited_articles  text[]                   not null default '{}',
    profile         text                     not null check (profile in ('RULE_2016', 'PRACTICE_2024')),
    source          text                     not null,           -- where it came from: demo, import file name, …
    published_at    timestamp with time zone not null,
    constraint published_judgment_fingerprint_key unique (fingerprint)
);
create index published_judgment_published_at_idx on published_judgment (published_at);
