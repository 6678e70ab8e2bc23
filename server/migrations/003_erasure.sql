-- Erasure (issue 8): a record erased on request ("remove my posts from your marketing") keeps
-- no content on the server, only its tombstone, and no later push can bring content back.
alter table sync_records add column erased boolean not null default false;
