#!/bin/sh
# Runs once, when the postgres volume is first initialised (/docker-entrypoint-initdb.d):
# one database per service, owned by POSTGRES_USER. Schemas come from `netwise migrate`, not from here.
# Adding a service? Add its database here and its NETWISE_<APP>_DATABASE_URL in infra/compose.yaml.
set -eu

DATABASES="identity curriculum advocacy analytics"

for db in $DATABASES; do
    echo "init-databases: creating database $db"
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
        -c "CREATE DATABASE \"$db\" OWNER \"$POSTGRES_USER\""
done
