-- The official court list and case-type codes, loaded from src/main/resources/reference/court-codes on every start.

create table court (
    code           text    not null primary key,           -- 法院代字, e.g. 鲁0102; 最高法 for the SPC
    court_id       integer not null,                       -- numeric court id of the SPC court-code standard
    hierarchy_code text collate "C" not null,              -- 分级码, sorts a province's courts into tree order
    name           text    not null,
    level          text    not null check (level in ('SPC', 'HIGH', 'INTERMEDIATE', 'BASIC')),
    parent_code    text,
    province       text    not null,                       -- the high court's 法院代字 (鲁), 最高法 for the SPC
    note           text,
    constraint court_court_id_key unique (court_id) deferrable initially deferred,
    constraint court_parent_fk foreign key (parent_code) references court (code) deferrable initially deferred,
    constraint court_parent_present check ((level = 'SPC') = (parent_code is null))
);
create index court_province_idx on court (province, hierarchy_code);
create index court_parent_idx on court (parent_code);

create table case_type (
    category_code  text not null primary key,              -- 4-character category code, e.g. 0301
    kind           text not null check (kind in ('MAJOR_CATEGORY', 'GROUP', 'LEAF')),
    name           text not null,
    type_code      text,                                   -- 类型代字, e.g. 民初; several categories may share one
    major_category text not null,
    group_name     text,
    source         text,                                   -- null for rows of the standard; where an added row was seen
    note           text,
    constraint case_type_code_on_leaves check ((kind = 'LEAF') = (type_code is not null))
);
create index case_type_type_code_idx on case_type (type_code);

-- Which version of each reference file is in the tables, so that a restart with unchanged files does nothing.
create table courts_reference_load (
    dataset    text                     not null primary key,
    checksum   text                     not null,
    row_count  integer                  not null,
    loaded_at  timestamp with time zone not null
);

-- Courtrooms of a court; demo data and the hearings module fill it.
create table courtroom (
    id             bigint generated always as identity primary key,
    court_code     text    not null references court (code),
    name           text    not null,
    online_capable boolean not null default false,
    constraint courtroom_name_key unique (court_code, name)
);
