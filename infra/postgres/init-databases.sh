#!/bin/sh
# Runs once, when the postgres volume is first initialised (/docker-entrypoint-initdb.d):
# one database per service, owned by POSTGRES_USER (who migrates it), and one login role per service
# (<service>_app, password <SERVICE>_DB_PASSWORD) that alone, besides the owner, may connect to it.
# `netwise migrate` grants that role rows only, after each migration. Schemas come from migrate, not from here.
# Adding a service? Add its database here, its password to the postgres service and its URLs in infra/compose.yaml.
# A volume initialised before these roles existed: run this file's SQL by hand, or `docker compose down -v` (data lost).
set -eu

DATABASES="identity curriculum advocacy analytics webhooks"

for db in $DATABASES; do
    echo "init-databases: creating database $db and role ${db}_app"
    password=$(printenv "$(echo "$db" | tr '[:lower:]' '[:upper:]')_DB_PASSWORD")
    # psql variables (:"name" quoted as an identifier, :'name' as a literal) keep the values out of the SQL text.
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
        -v db="$db" -v owner="$POSTGRES_USER" -v role="${db}_app" -v password="$password" <<'SQL'
CREATE DATABASE :"db" OWNER :"owner";
CREATE ROLE :"role" LOGIN PASSWORD :'password';
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db" TO :"role";
SQL
done
