#!/usr/bin/env bash
# The production-parity stage: starts the product the way the README tells an operator to
# (production settings, a fresh PostgreSQL database, Redis, migrate, seed, collectstatic with
# the manifest storage, gunicorn with 2 workers), twice on two loopback ports sharing the
# database and the cache, and runs tests/production against both: HTTP checks, and browser
# checks in headless Chromium (the gallery screen, which ends with a simulated deploy that
# collects changed static files and reloads both servers, embeds, visitor pages). Everything
# it starts or creates is removed on exit, failed or not.
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres) and, if one is running, Redis on 6379
# (database MUSEUM_STAGE_REDIS_DB, default 14, is flushed); without one it starts its own.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=.venv/bin
export PGOPTIONS="--client-min-messages=warning"

work="$(mktemp -d)"
db="museum_stage_$$"
pids=()
psql_admin() { psql -h 127.0.0.1 -U postgres -d "${MUSEUM_STAGE_ADMIN_DB:-postgres}" -qc "$1"; }
cleanup() {
    status=$?
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [ "$status" -ne 0 ]; then
        for log in "$work"/*.log; do [ -f "$log" ] && { echo "== $log"; tail -n 40 "$log"; }; done
    fi
    [ -n "${redis_url:-}" ] && [ -z "${own_redis:-}" ] && redis-cli -u "$redis_url" flushdb >/dev/null 2>&1 \
        || true
    psql_admin "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 \
        || echo "could not drop the stage database $db"
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { "$BIN/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

if redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
    redis_url="redis://127.0.0.1:6379/${MUSEUM_STAGE_REDIS_DB:-14}"
    redis-cli -u "$redis_url" flushdb >/dev/null
else
    own_redis=1
    redis_port="$(free_port)"
    redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no \
        --dir "$work" >"$work/redis.log" 2>&1 &
    pids+=($!)
    redis_url="redis://127.0.0.1:$redis_port/0"
    for _ in $(seq 50); do redis-cli -u "$redis_url" ping >/dev/null 2>&1 && break; sleep 0.1; done
fi

psql_admin "DROP DATABASE IF EXISTS $db" >/dev/null
psql_admin "CREATE DATABASE $db"

export DJANGO_SETTINGS_MODULE=museum.settings.production
DJANGO_SECRET_KEY="stage-$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
export DJANGO_SECRET_KEY
export DJANGO_ALLOWED_HOSTS=museum.example.cn
export MUSEUM_PUBLIC_URL=https://museum.example.cn
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$db"
export MUSEUM_REDIS_URL="$redis_url"
export MUSEUM_MEDIA_ROOT="$work/media"

started=$SECONDS
echo "-- migrate, seed, index, collectstatic (production settings)"
setup() {  # one release step, its output kept for the failure report, its time printed
    local step_started=$SECONDS
    MUSEUM_LOG_LEVEL=WARNING "$BIN/python" manage.py "$@" >>"$work/setup.log" 2>&1
    echo "   $1: $((SECONDS - step_started)) s"
}
setup migrate --noinput -v 0
setup update_translation_fields -v 0
setup load_heritage_content
setup sync_site
setup update_index -v 0
setup collectstatic --noinput -v 0
echo "   set up in $((SECONDS - started)) s"

serve() {  # serve NAME PORT: gunicorn with 2 workers, as in production
    "$BIN/gunicorn" museum.wsgi --workers 2 --bind "127.0.0.1:$2" --timeout 30 \
        --access-logfile "$work/$1-access.log" --error-logfile "$work/$1.log" &
    pids+=($!)
}
# The masters' pids let the browser checks deploy as an operator does: collectstatic,
# then a graceful reload (SIGHUP) of every server.
port_a="$(free_port)"
serve a "$port_a"
pid_a="${pids[-1]}"
port_b="$(free_port)"
serve b "$port_b"
pid_b="${pids[-1]}"
for port in "$port_a" "$port_b"; do
    up=""
    for _ in $(seq 150); do
        curl -fs -o /dev/null -H "Host: museum.example.cn" "http://127.0.0.1:$port/healthz" \
            && { up=1; break; }
        sleep 0.2
    done
    [ -n "$up" ] || { echo "gunicorn on :$port did not answer /healthz within 30 s"; exit 1; }
done

echo "-- HTTP and browser checks against gunicorn A (:$port_a) and B (:$port_b)"
MUSEUM_STAGE_A="127.0.0.1:$port_a" MUSEUM_STAGE_B="127.0.0.1:$port_b" \
    MUSEUM_STAGE_A_PID="$pid_a" MUSEUM_STAGE_B_PID="$pid_b" DJANGO_ALLOW_ASYNC_UNSAFE=true \
    "$BIN/pytest" tests/production -q -p no:cacheprovider --durations=5
echo "-- production-parity stage passed in $((SECONDS - started)) s"
