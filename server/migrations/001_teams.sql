-- Teams, their members and the members' API tokens (issue 8, item 2).
-- Every row below a team carries team_id, so each query can be scoped by it; composite
-- foreign keys make a token's team always its member's team.

create table teams (
  id uuid primary key,
  name text not null check (length(name) between 1 and 200),
  created_at timestamptz not null default now()
);

create table members (
  id uuid primary key,
  team_id uuid not null references teams (id) on delete cascade,
  name text not null check (length(name) between 1 and 200),
  role text not null check (role in ('agent', 'lead', 'marketer', 'admin')),
  created_at timestamptz not null default now(),
  unique (team_id, id)
);

create index members_by_team on members (team_id, created_at);

-- The token itself is never stored: hash is the SHA-256 (hex) of the whole token string.
create table tokens (
  id uuid primary key,
  team_id uuid not null references teams (id) on delete cascade,
  member_id uuid not null,
  hash text not null unique check (hash ~ '^[0-9a-f]{64}$'),
  label text check (length(label) <= 200),
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  last_used_at timestamptz,
  foreign key (team_id, member_id) references members (team_id, id) on delete cascade
);

create index tokens_by_member on tokens (member_id);
