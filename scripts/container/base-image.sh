#!/usr/bin/env bash
# Makes a local Node base image for container/Containerfile where no image registry is reachable:
# a Debian minbase root filesystem from the Debian mirror this machine already uses, the
# repository's pinned Node binary (the npm package `node` downloads it on install) and npm from the
# npm registry, laid out like the public node image (/usr/local/bin/node, npm, npx), imported with
# `podman import`.
#
#   scripts/container/base-image.sh            # prints the image name; builds it only when missing
#   BASE_IMAGE_REBUILD=1 scripts/container/base-image.sh
#
# Then: podman build --build-arg NODE_IMAGE=<printed name> -f container/Containerfile .
# Needs root (debootstrap), podman, debootstrap, npm, and `npx -y pnpm@10 install` done in the repo.
# Progress goes to stderr; stdout carries only the image name, so callers can capture it.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
# npm is not part of the `node` package; the public node:24 image ships npm 11, so does this one.
npm_version=${BASE_IMAGE_NPM_VERSION:-11.21.2}

log() { printf 'base-image: %s\n' "$*" >&2; }

# The pinned Node binary, resolved through the package's bin link to the real file.
node_binary() {
  local bin="$repo/node_modules/node/bin/node"
  [[ -x $bin ]] || {
    log "no $bin: run 'npx -y pnpm@10 install --frozen-lockfile' first"
    exit 1
  }
  readlink -f "$bin"
}

# The first Debian archive in the machine's apt sources (deb822 or one-line format): debootstrap
# reads from the mirror apt-get already reaches, which may be the only one this network allows.
debian_mirror() {
  local uri
  uri=$(awk '/^URIs:/ && $2 ~ /\/debian\/?$/ { print $2; exit }' \
    /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
  [[ -n $uri ]] || uri=$(awk '/^deb / && $2 ~ /\/debian\/?$/ { print $2; exit }' \
    /etc/apt/sources.list 2>/dev/null || true)
  printf '%s\n' "${uri:-http://deb.debian.org/debian}"
}

# Removes what a runtime never reads (package lists and caches, manuals, translations); copyright
# files stay. apt-get still works in a derived image after an `apt-get update`.
trim_rootfs() {
  local root=$1
  rm -rf "$root"/var/cache/apt/* "$root"/var/lib/apt/lists/* "$root"/var/log/* \
    "$root"/usr/share/man/* "$root"/usr/share/info/* "$root"/usr/share/locale/* \
    "$root"/usr/share/lintian "$root"/tmp/*
  # debootstrap copies this machine's name and resolver; the engine supplies a container's own.
  rm -f "$root"/etc/hostname "$root"/etc/resolv.conf
  find "$root"/usr/share/doc -mindepth 1 -not -name copyright -not -type d -delete
  find "$root"/usr/share/doc -mindepth 1 -type d -empty -delete
}

work=''
# The root filesystem is only an intermediate: it goes whatever happens.
cleanup() { [[ -z $work ]] || rm -rf "$work"; }
trap cleanup EXIT

main() {
  local node version suite image
  node=$(node_binary)
  version=$("$node" --version)
  version=${version#v}
  suite=${BASE_IMAGE_SUITE:-bookworm}
  image=${BASE_IMAGE:-localhost/skattedeling-node:${version}-${suite}-minbase}

  if [[ -z ${BASE_IMAGE_REBUILD:-} ]] && podman image exists "$image"; then
    log "$image exists (BASE_IMAGE_REBUILD=1 makes it again)"
    printf '%s\n' "$image"
    return
  fi

  local mirror
  work=$(mktemp -d "${TMPDIR:-/tmp}/skattedeling-base.XXXXXX")
  mirror=$(debian_mirror)

  log "debootstrap --variant=minbase $suite from $mirror"
  debootstrap --variant=minbase "$suite" "$work/rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 || {
    tail -n 20 "$work/debootstrap.log" >&2
    exit 1
  }
  trim_rootfs "$work/rootfs"

  log "node $version from $node, npm $npm_version from the npm registry"
  install -D -m 0755 "$node" "$work/rootfs/usr/local/bin/node"
  # npm is JavaScript only: installed with this machine's npm into the image's /usr/local prefix,
  # it creates the same relative npm/npx links as the public image.
  npm install --global --prefix "$work/rootfs/usr/local" --no-fund --no-audit --loglevel=error \
    "npm@$npm_version" >&2

  log "podman import -> $image"
  tar --numeric-owner -C "$work/rootfs" -c . |
    podman import --quiet \
      --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
      --change "ENV NODE_VERSION=$version" \
      --change 'CMD ["node"]' \
      --message "Debian $suite minbase + Node $version (scripts/container/base-image.sh)" \
      - "$image" >/dev/null
  printf '%s\n' "$image"
}

main "$@"
