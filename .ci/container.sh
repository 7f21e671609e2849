#!/usr/bin/env bash
# CI step: builds the simulator's container image (container/Containerfile) and uses it as a
# vendor's test suite would: start it, wait for its health check, sign a grant with the demo key
# copied out of the container, make one Summert skattegrunnlag V2 call through the published port,
# and stop it, which must be quick and exit 0 with the state file written.
#
# No image registry is reachable here, so the base image is made locally (scripts/container/
# base-image.sh) and passed as NODE_IMAGE; elsewhere the Containerfile's default is the public
# node:24 image. Podman runs as root with runc; this sandbox refuses crun and the default ulimits.
# Installs podman, runc and debootstrap from Debian when missing. Everything it starts, it removes
# on exit, whatever happens; the images stay, so a second run reuses the base.
set -euo pipefail
cd "$(dirname "$0")/.."

readonly image=${SIM_IMAGE:-localhost/skattedeling-simulator:ci}
readonly name=skattedeling-simulator-ci-$$
readonly volume=$name-state
readonly state=/var/lib/skattedeling-simulator # the image's state folder (its VOLUME)
# A fixed date makes "the newest income year whose assessment is out" fixed: 2025.
readonly today=2026-11-01 year=2025 consumer_org=319000003

work=$(mktemp -d "${TMPDIR:-/tmp}/skattedeling-container.XXXXXX")
t0=$(date +%s%N)

ms_since() { echo $((($(date +%s%N) - $1) / 1000000)); }
log() {
  local ms
  ms=$(ms_since "$t0")
  printf '[container %4d.%d s] %s\n' $((ms / 1000)) $((ms % 1000 / 100)) "$*" >&2
}
fail() {
  log "FAIL: $*"
  exit 1
}

# Runs on every exit: the container and its volume go, and the temporary folder with the key.
cleanup() {
  local status=$?
  if podman container exists "$name" 2>/dev/null; then
    ((status == 0)) || podman logs --tail 30 "$name" >&2 2>&1 || true
    podman rm --force --time 0 "$name" >/dev/null 2>&1 || true
  fi
  podman volume rm --force "$volume" >/dev/null 2>&1 || true
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT

# Debian's podman with runc; debootstrap for the base image. curl for the calls a vendor makes.
ensure_packages() {
  local missing=()
  for tool in podman runc debootstrap curl; do
    command -v "$tool" >/dev/null || missing+=("$tool")
  done
  ((${#missing[@]} == 0)) && return
  log "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# podman reads containers.conf from CONTAINERS_CONF: runc instead of crun, and no default ulimits
# (raising RLIMIT_NOFILE is refused in this sandbox). A caller's own file wins.
configure_podman() {
  if [[ -z ${CONTAINERS_CONF:-} ]]; then
    cat >"$work/containers.conf" <<'CONF'
[containers]
default_ulimits = []

[engine]
runtime = "runc"
CONF
    export CONTAINERS_CONF=$work/containers.conf
  fi
}

build_image() {
  local base started args=()
  base=$(scripts/container/base-image.sh)
  # The machine's npm traffic goes through a TLS-inspecting proxy whose CA Node is told about;
  # the build stage gets the same bundle as a secret (never stored in a layer).
  [[ -n ${NODE_EXTRA_CA_CERTS:-} && -f $NODE_EXTRA_CA_CERTS ]] &&
    args+=(--secret "id=npm-ca,src=$NODE_EXTRA_CA_CERTS")
  log "podman build (NODE_IMAGE=$base)"
  started=$(date +%s%N)
  # --layers=false: no intermediate images (the build stage is 800 MB) stay behind; the pnpm
  # store is a cache mount, so a second build still downloads nothing.
  podman build --quiet --layers=false --format docker --pull=never \
    --build-arg "NODE_IMAGE=$base" "${args[@]}" \
    --file container/Containerfile --tag "$image" . >"$work/build.log" 2>&1 || {
    tail -n 40 "$work/build.log" >&2
    fail "podman build"
  }
  log "built $image in $(($(ms_since "$started") / 1000)) s"
  print_size "$base" base
  print_size "$image" image
}

print_size() {
  local bytes
  bytes=$(podman image inspect --format '{{.Size}}' "$1")
  log "$2 $1: $((bytes / 1000000)) MB ($bytes bytes, uncompressed)"
}

free_port() {
  node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => {
    console.log(s.address().port); s.close(); })'
}

# The image's defaults (0.0.0.0, port 5280, state volume) plus what a CI job sets: the public URL
# of the published port (the issuer clients put in `aud`), a fixed date and an admin token.
start_container() {
  port=$(free_port)
  base_url=http://127.0.0.1:$port
  admin_token=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
  podman volume create "$volume" >/dev/null
  started_at=$(date +%s%N)
  podman run --detach --pull=never --name "$name" \
    --publish "127.0.0.1:$port:5280" \
    --volume "$volume:$state" \
    --env "SKATTEDELING_SIM_PUBLIC_URL=$base_url" \
    --env "SKATTEDELING_SIM_TODAY=$today" \
    --env "SKATTEDELING_SIM_ADMIN_TOKEN=$admin_token" \
    "$image" >/dev/null 2>"$work/run.log" || {
    cat "$work/run.log" >&2
    fail "podman run"
  }
  log "started $name on $base_url"
}

# Ready means /_simulator/health answers 200 through the published port (with the admin token the
# admin API requires when one is set). Then the image's own HEALTHCHECK must pass too; it is run on
# demand because podman schedules health checks through systemd, which a CI container lacks (so
# `podman run` logs "unable to get systemd connection"; kept in run.log, shown on failure).
wait_healthy() {
  local deadline=$((SECONDS + 30)) health inside
  until health=$(curl -fsS -H "Authorization: Bearer $admin_token" \
    "$base_url/_simulator/health" 2>/dev/null); do
    [[ $(podman inspect --format '{{.State.Running}}' "$name") == true ]] ||
      fail "the container exited with $(podman inspect --format '{{.State.ExitCode}}' "$name")"
    ((SECONDS < deadline)) || fail "no health answer after 30 s"
    sleep 0.05
  done
  inside=$(podman logs "$name" 2>&1 | grep -o 'ready in [0-9]* ms' || true)
  log "ready $(ms_since "$started_at") ms after podman run (the simulator says: $inside)"
  [[ $health == *"\"issuer\":\"$base_url/maskinporten/\""* ]] ||
    fail "health through the published port: $health"
  podman healthcheck run "$name" >"$work/healthcheck.log" 2>&1 || {
    cat "$work/healthcheck.log" >&2
    fail "the image's HEALTHCHECK"
  }
  [[ $(podman exec "$name" id -u) == 10001 ]] || fail "the simulator does not run as user 10001"
  log "HEALTHCHECK healthy; runs as uid 10001"
}

# The demo vendor's key, certificate and demo.json, as a vendor's test copies them out. demo.json
# names the files by their paths inside the container; the copy points at the copied files.
copy_demo_key() {
  podman cp "$name:$state/." "$work/state"
  [[ -s $work/state/vendor-key.pem && -s $work/state/demo.json ]] ||
    fail "no vendor-key.pem / demo.json in $state"
  node -e '
    const fs = require("node:fs"), path = require("node:path");
    const [file, dir] = process.argv.slice(1);
    const demo = JSON.parse(fs.readFileSync(file, "utf8"));
    for (const [key, file] of Object.entries(demo.files))
      demo.files[key] = path.join(dir, path.basename(file));
    fs.writeFileSync(file, JSON.stringify(demo, null, 2));
  ' "$work/state/demo.json" "$work/state"
  log "copied the demo key out of the container"
}

# The README's first call: the `token` command signs a grant with the copied key and posts it to
# the container's token endpoint; the token then reads one person's Summert skattegrunnlag.
first_call() {
  # The host's CLI from this checkout; .ci/run has built it already, a run on its own may not have.
  [[ -f apps/simulator/dist/cli.js ]] || npx -y pnpm@10 exec turbo run build \
    --filter=@skattedeling/simulator... --output-logs=errors-only
  local token pid status
  token=$(npx -y pnpm@10 -s simulator token --state-dir "$work/state" \
    --consumer-org "$consumer_org" --scope skatteetaten:summertskattegrunnlag)
  pid=$(node -p 'require(process.argv[1]).persons[0].personidentifikator' "$work/state/demo.json")
  local url=$base_url/summertskattegrunnlag/v2/oppgjoer/kommuneforeldrebetaling/$year/$pid
  status=$(curl -sS -o "$work/body.json" -D "$work/headers.txt" -w '%{http_code}' \
    -H "Authorization: Bearer $token" "$url")
  [[ $status == 200 ]] ||
    fail "GET $url: $status $(cat "$work/body.json" "$work/headers.txt")"
  grep -q "\"personidentifikator\":\"$pid\"" "$work/body.json" ||
    fail "body: $(head -c 300 "$work/body.json")"
  log "GET $url: 200, $(wc -c <"$work/body.json") bytes"
}

# SIGTERM (the image's STOPSIGNAL): the simulator closes its server, writes the state file and
# exits 0. Ten seconds would be podman's SIGKILL; a few seconds at most is required.
stop_container() {
  local started code
  started=$(date +%s%N)
  podman stop --time 10 "$name" >/dev/null 2>"$work/stop.log" || {
    cat "$work/stop.log" >&2
    fail "podman stop"
  }
  local took
  took=$(ms_since "$started")
  code=$(podman inspect --format '{{.State.ExitCode}}' "$name")
  [[ $code == 0 ]] || fail "exit code $code after podman stop"
  ((took < 5000)) || fail "podman stop took $took ms"
  podman cp "$name:$state/state.json" "$work/state.json"
  grep -q '"format": *"skattedeling-simulator-state"' "$work/state.json" ||
    fail "no state file in the volume after the stop"
  log "stopped in $took ms, exit code 0, state file written"
}

main() {
  ensure_packages
  configure_podman
  build_image
  start_container
  wait_healthy
  copy_demo_key
  first_call
  stop_container
  log "passed"
}

main "$@"
