-- Sync (issue 8): each team's records as field values with a clock stamp per field, a
-- per-team change sequence for pull cursors, and the pushes already applied.

-- The team row is locked by every push, so a team's changes are numbered and committed in
-- order: a pull that has seen change N has seen every change before N.
alter table teams add column sync_seq bigint not null default 0;
alter table teams add column sync_clock text not null default '000000000000000:00000:server';

create table sync_records (
  team_id uuid not null references teams (id) on delete cascade,
  tbl text not null,
  id text not null,
  fields jsonb not null,
  clocks jsonb not null,
  seq bigint not null,
  -- Who first wrote the record: agents pull only their own follow-ups.
  owner_member uuid references members (id) on delete set null,
  updated_at timestamptz not null default now(),
  primary key (team_id, tbl, id)
);
create index sync_records_team_seq on sync_records (team_id, seq);

-- A retried push (same push_id) answers as the first time and changes nothing.
create table sync_pushes (
  team_id uuid not null references teams (id) on delete cascade,
  push_id uuid not null,
  member_id uuid references members (id) on delete set null,
  response jsonb not null,
  created_at timestamptz not null default now(),
  primary key (team_id, push_id)
);
