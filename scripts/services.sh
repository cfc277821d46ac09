#!/usr/bin/env bash
# The services the distributed mode and the tests need, on loopback:
#   RabbitMQ on 5672 (guest/guest), Azurite blob on 10000 (the well-known dev account),
#   PostgreSQL on 5432 (user, password and database "pipeline").
#
#   scripts/services.sh up [rabbitmq|azurite|postgres]...    install what is missing, then start (idempotent)
#   scripts/services.sh down [rabbitmq|azurite|postgres]...  stop
#   scripts/services.sh env                                  print the settings of the distributed mode
#
# State (PostgreSQL cluster, Azurite files, logs) lives under $PIPELINE_SERVICES_DIR (default /tmp/resume-pipeline-services).
set -euo pipefail

STATE=${PIPELINE_SERVICES_DIR:-/tmp/resume-pipeline-services}
PG_PORT=5432
AZURITE_PORT=10000
AZURITE_VERSION=3.37.0
AZURITE_KEY='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

log() { printf '[services] %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

# ---------------------------------------------------------------- install (one apt run, one npm run)
install_missing() {
  local want=("$@") debs=()
  for s in "${want[@]}"; do
    case $s in
      rabbitmq) command -v rabbitmq-server >/dev/null || [ -x /usr/sbin/rabbitmq-server ] || debs+=(rabbitmq-server) ;;
      postgres) [ -n "$(pg_bin)" ] || debs+=(postgresql) ;;
      azurite)  command -v node >/dev/null || debs+=(nodejs npm) ;;
    esac
  done
  # OCR for photos, scans and image-only PDFs: the parse stage runs tesseract, and pdftoppm to draw PDF pages.
  command -v tesseract >/dev/null || debs+=(tesseract-ocr tesseract-ocr-eng)
  command -v pdftoppm >/dev/null || debs+=(poppler-utils)
  # Test-only tools: Chromium for browser tests, fonts so rendered pages and PDFs look the same everywhere.
  if [ "${PIPELINE_SERVICES_TEST_TOOLS:-1}" = 1 ]; then
    command -v chromium >/dev/null || debs+=(chromium)
    [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || debs+=(fonts-dejavu-core)
  fi
  if [ ${#debs[@]} -gt 0 ]; then
    log "installing ${debs[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${debs[@]}" >/dev/null
    # The postgresql package may start its own cluster on 5432: ours takes that port.
    if printf '%s\n' "${debs[@]}" | grep -qx postgresql; then
      as_root pg_ctlcluster --force "$(basename "$(dirname "$(pg_bin)")")" main stop 2>/dev/null || true
    fi
  fi
  if printf '%s\n' "${want[@]}" | grep -qx azurite && ! command -v azurite-blob >/dev/null; then
    log "installing azurite $AZURITE_VERSION"
    as_root npm install -g --silent --no-fund --no-audit "azurite@$AZURITE_VERSION" >/dev/null 2>&1
  fi
}

# ---------------------------------------------------------------- RabbitMQ (the Debian default instance)
rabbitmq_up() {
  if rabbitmqctl -q await_startup --timeout 2 >/dev/null 2>&1; then log "rabbitmq already up"; return; fi
  as_root rabbitmq-plugins -q enable --offline rabbitmq_management >/dev/null 2>&1 || true
  log "starting rabbitmq"
  as_root service rabbitmq-server start >/dev/null
  rabbitmqctl -q await_startup --timeout 60 >/dev/null
  for _ in $(seq 1 60); do listening 5672 && break; sleep 0.5; done
  listening 5672 || { log "rabbitmq did not open 5672"; exit 1; }
}
rabbitmq_down() {
  if rabbitmqctl -q await_startup --timeout 2 >/dev/null 2>&1; then
    log "stopping rabbitmq"
    rabbitmqctl -q shutdown >/dev/null 2>&1 || as_root service rabbitmq-server stop >/dev/null || true
  fi
}

# ---------------------------------------------------------------- Azurite (blob only)
azurite_up() {
  if listening $AZURITE_PORT; then log "azurite already up"; return; fi
  mkdir -p "$STATE/azurite"
  log "starting azurite"
  # --skipApiVersionCheck: the Azure SDK speaks a newer API version than Azurite knows.
  # --disableTelemetry: without it, shutdown can hang for minutes.
  nohup azurite-blob --location "$STATE/azurite" --blobHost 127.0.0.1 --blobPort $AZURITE_PORT \
    --skipApiVersionCheck --loose --silent --disableTelemetry >"$STATE/azurite.log" 2>&1 &
  echo $! >"$STATE/azurite.pid"
  for _ in $(seq 1 100); do listening $AZURITE_PORT && return; sleep 0.2; done
  log "azurite did not start: $(tail -n 5 "$STATE/azurite.log")"; exit 1
}
azurite_down() {
  if [ -f "$STATE/azurite.pid" ]; then
    log "stopping azurite"
    kill "$(cat "$STATE/azurite.pid")" 2>/dev/null || true
    rm -f "$STATE/azurite.pid"
  fi
}

# ---------------------------------------------------------------- PostgreSQL (a private cluster)
pg_up() {
  local bin; bin=$(pg_bin)
  local data="$STATE/postgres" sock="$STATE/postgres-run"
  if listening $PG_PORT; then
    if PGPASSWORD=pipeline "$bin/psql" -h 127.0.0.1 -p $PG_PORT -U pipeline -d pipeline -Atqc 'select 1' >/dev/null 2>&1; then
      log "postgres already up"; return
    fi
    log "port $PG_PORT is taken by another PostgreSQL: stopping the packaged cluster"
    as_root pg_ctlcluster --force "$(basename "$(dirname "$bin")")" main stop 2>/dev/null || true
  fi
  mkdir -p "$STATE" "$sock"
  chown postgres "$sock" 2>/dev/null || true
  if [ ! -f "$data/PG_VERSION" ]; then
    log "creating a PostgreSQL cluster in $data"
    mkdir -p "$data"; chown postgres "$data" 2>/dev/null || true
    runuser -u postgres -- "$bin/initdb" -D "$data" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  fi
  log "starting postgres"
  runuser -u postgres -- "$bin/pg_ctl" -D "$data" -l "$sock/postgres.log" -w -t 60 \
    -o "-p $PG_PORT -k $sock -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
  runuser -u postgres -- "$bin/psql" -h "$sock" -p $PG_PORT -U postgres -d postgres -qAt >/dev/null <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pipeline') THEN
    CREATE ROLE pipeline LOGIN CREATEDB PASSWORD 'pipeline';
  END IF;
END $$;
SELECT 'CREATE DATABASE pipeline OWNER pipeline' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'pipeline')\gexec
SQL
}
pg_down() {
  local data="$STATE/postgres"
  if [ -f "$data/postmaster.pid" ]; then
    log "stopping postgres"
    runuser -u postgres -- "$(pg_bin)/pg_ctl" -D "$data" -m fast -w stop >/dev/null || true
  fi
}

print_env() {
  cat <<ENV
export Pipeline__Transport=RabbitMq
export ConnectionStrings__RabbitMq=amqp://guest:guest@127.0.0.1:5672/
export Pipeline__BlobStore=AzureBlob
export ConnectionStrings__Blobs='DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$AZURITE_KEY;BlobEndpoint=http://127.0.0.1:$AZURITE_PORT/devstoreaccount1;'
export Database__Provider=Postgres
export ConnectionStrings__Pipeline='Host=127.0.0.1;Port=$PG_PORT;Username=pipeline;Password=pipeline;Database=pipeline'
export Pipeline__Workers=None
ENV
}

cmd=${1:-}; shift || true
services=("$@"); [ ${#services[@]} -gt 0 ] || services=(rabbitmq azurite postgres)
case $cmd in
  up)
    mkdir -p "$STATE"
    install_missing "${services[@]}"
    for s in "${services[@]}"; do
      case $s in rabbitmq) rabbitmq_up ;; azurite) azurite_up ;; postgres) pg_up ;; *) log "unknown service $s"; exit 2 ;; esac
    done
    log "up: ${services[*]}" ;;
  down)
    for s in "${services[@]}"; do
      case $s in rabbitmq) rabbitmq_down ;; azurite) azurite_down ;; postgres) pg_down ;; *) log "unknown service $s"; exit 2 ;; esac
    done ;;
  env) print_env ;;
  *) echo "usage: $0 up|down [rabbitmq|azurite|postgres]... | env" >&2; exit 2 ;;
esac
