-- Leases (decision 0036): which node executes a model run ('run:<id>') or a once-per-cluster job ('job:<name>').
-- Taken and renewed with one conditional UPDATE (no GET_LOCK, no LOCK TABLES: Galera-safe); a node that stops
-- renewing loses it when lease_until passes, and another node takes it over.
CREATE TABLE lease (
    name         VARCHAR(100) NOT NULL PRIMARY KEY,
    node_id      VARCHAR(200) NOT NULL,
    lease_until  TIMESTAMP(3) NOT NULL,
    heartbeat    TIMESTAMP(3) NOT NULL
);
