#!/bin/sh
# Run by the postgres image when it creates the database: lets a streaming replica (the scaled
# profile's db-replica) connect for replication as certpath, with the same password as clients.
echo "host replication certpath all scram-sha-256" >> "$PGDATA/pg_hba.conf"
