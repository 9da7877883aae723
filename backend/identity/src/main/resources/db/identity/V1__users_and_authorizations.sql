-- The identity provider's own schema: the people who may log in, their login events, and Spring Authorization
-- Server's authorizations and consents (shared by every identity instance). The API's user administration
-- (/api/v1/users) writes the users table; passwords are stored only as DelegatingPasswordEncoder hashes.
create table users (
    id                   bigint generated always as identity primary key,
    username             varchar(64)  not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    display_name         varchar(100) not null check (length(btrim(display_name)) > 0),
    organization_code    varchar(64)  not null,
    roles                text[]       not null check (cardinality(roles) between 1 and 8 and roles <@ array[
                             'CITY_ADMIN', 'SUPERVISOR', 'OPERATOR', 'REVIEWER', 'DEPUTY_LEADER', 'PRINCIPAL_LEADER',
                             'HANDLER', 'AUDITOR']::text[]),
    password_hash        varchar(200) not null,
    -- set when an administrator created the account or reset its password: the next login must choose a new one
    must_change_password boolean      not null default true,
    enabled              boolean      not null default true,
    locked_until         timestamptz,
    -- base32 RFC 6238 secret once the user has enrolled a second factor
    totp_secret          varchar(64),
    -- loaded by the local demo switch; the prod profile refuses to start while any exists
    demo                 boolean      not null default false,
    created_at           timestamptz  not null default now(),
    created_by           varchar(64),
    updated_at           timestamptz  not null default now(),
    version              bigint       not null default 0
);
create index users_organization_code on users (organization_code);

-- Every login attempt and security event of an account (the lock-out counts the failures here).
create table login_events (
    id             bigint generated always as identity primary key,
    username       varchar(64) not null,
    event          varchar(32) not null check (event in ('LOGIN_SUCCEEDED', 'LOGIN_FAILED', 'LOCKED_OUT',
                       'LOGIN_REFUSED_LOCKED', 'LOGIN_REFUSED_DISABLED', 'TOTP_FAILED', 'TOTP_ENROLLED',
                       'PASSWORD_CHANGED', 'PASSWORD_REJECTED', 'UNLOCKED', 'PASSWORD_RESET', 'LOGOUT')),
    remote_address varchar(64),
    occurred_at    timestamptz not null default now()
);
create index login_events_username_time on login_events (username, occurred_at desc);

-- Spring Authorization Server's JDBC schema (oauth2-authorization-schema.sql, oauth2-authorization-consent-schema.sql)
create table oauth2_authorization (
    id                            varchar(100) not null primary key,
    registered_client_id          varchar(100) not null,
    principal_name                varchar(200) not null,
    authorization_grant_type      varchar(100) not null,
    authorized_scopes             varchar(1000) default null,
    attributes                    text          default null,
    state                         varchar(500)  default null,
    authorization_code_value      text          default null,
    authorization_code_issued_at  timestamptz   default null,
    authorization_code_expires_at timestamptz   default null,
    authorization_code_metadata   text          default null,
    access_token_value            text          default null,
    access_token_issued_at        timestamptz   default null,
    access_token_expires_at       timestamptz   default null,
    access_token_metadata         text          default null,
    access_token_type             varchar(100)  default null,
    access_token_scopes           varchar(1000) default null,
    oidc_id_token_value           text          default null,
    oidc_id_token_issued_at       timestamptz   default null,
    oidc_id_token_expires_at      timestamptz   default null,
    oidc_id_token_metadata        text          default null,
    refresh_token_value           text          default null,
    refresh_token_issued_at       timestamptz   default null,
    refresh_token_expires_at      timestamptz   default null,
    refresh_token_metadata        text          default null,
    user_code_value               text          default null,
    user_code_issued_at           timestamptz   default null,
    user_code_expires_at          timestamptz   default null,
    user_code_metadata            text          default null,
    device_code_value             text          default null,
    device_code_issued_at         timestamptz   default null,
    device_code_expires_at        timestamptz   default null,
    device_code_metadata          text          default null
);
create index oauth2_authorization_state on oauth2_authorization (state);
-- hash indexes: the service looks tokens up by equality, and a token can be longer than a btree entry may be
create index oauth2_authorization_code on oauth2_authorization using hash (authorization_code_value);
create index oauth2_authorization_access_token on oauth2_authorization using hash (access_token_value);
create index oauth2_authorization_refresh_token on oauth2_authorization using hash (refresh_token_value);
create index oauth2_authorization_expiry on oauth2_authorization (greatest(access_token_expires_at, refresh_token_expires_at));

create table oauth2_authorization_consent (
    registered_client_id varchar(100)  not null,
    principal_name       varchar(200)  not null,
    authorities          varchar(1000) not null,
    primary key (registered_client_id, principal_name)
);
