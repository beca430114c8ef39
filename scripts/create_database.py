"""Create the PostgreSQL database named in a URL if it does not exist (for the benchmark databases).

    python scripts/create_database.py postgres://portal:portal@127.0.0.1:5432/portal_bench

The role in the URL needs CREATEDB (the README's set-up gives it). SQLite URLs are left alone.
"""

import sys
from urllib.parse import urlsplit

import psycopg
from psycopg import sql


def main(url):
    parts = urlsplit(url)
    if not parts.scheme.startswith("postgres"):
        return
    name = parts.path.lstrip("/")
    with psycopg.connect(parts._replace(path="/postgres").geturl(), autocommit=True, connect_timeout=5) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is None:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            print(f"Created the database {name}.")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
