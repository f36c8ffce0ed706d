#!/usr/bin/env bash
# Builds the Debian package and the tarball with CPack and checks them the way a user would meet
# them: desktop-file-validate, appstreamcli and lintian on what the .deb ships, then an install
# with apt into a clean Debian 12 root (debootstrap), where the binary must print the project's
# version and a headless relay must answer and keep a payload.
#   scripts/package.sh
# Environment: RELAY_PKG_BUILD_DIR (build-pkg), RELAY_DEBIAN_MIRROR (http://deb.debian.org/debian).
# Needs root (or sudo) for debootstrap, mount and chroot. Packages are cached in
# build-pkg/cache, so a second run downloads nothing new.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${RELAY_PKG_BUILD_DIR:-$root/build-pkg}
mirror=${RELAY_DEBIAN_MIRROR:-http://deb.debian.org/debian}
suite=bookworm
SUDO=""
[[ $(id -u) -ne 0 ]] && SUDO="sudo"

started=$SECONDS
step() { printf '== %s (at %d s)\n' "$*" $((SECONDS - started)); }
fail() {
    printf 'package.sh: %s\n' "$*" >&2
    exit 1
}

"$root/scripts/setup.sh"

step "build (Release, no tests) in $build"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DRELAY_BUILD_TESTS=OFF -DRELAY_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j2
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[[ -n $version ]] || fail "cannot read the project's version from $build/CMakeCache.txt."

step "cpack (DEB, TGZ)"
out=$build/packages
rm -rf "$out"
cpack --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$out" >"$build/cpack.log" ||
    { cat "$build/cpack.log" >&2; fail "cpack failed."; }
debs=("$out"/contextrelay-desktop_*.deb)
tarballs=("$out"/contextrelay-desktop-*.tar.gz)
[[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || fail "expected one .deb in $out."
[[ ${#tarballs[@]} -eq 1 && -f ${tarballs[0]} ]] || fail "expected one .tar.gz in $out."
deb=${debs[0]}
tarball=${tarballs[0]}
ls -l "$deb" "$tarball"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends Suggests

[[ $(dpkg-deb --field "$deb" Version) == "$version"-* ]] ||
    fail "the .deb's version is not the project's ($version)."

step "contents of the .deb"
tree=$build/deb-tree
rm -rf "$tree"
dpkg-deb -x "$deb" "$tree"
app_id=dev.contextrelay.Desktop
expected=(
    usr/bin/contextrelay-desktop
    usr/share/applications/$app_id.desktop
    usr/share/metainfo/$app_id.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/$app_id.svg
    usr/share/man/man1/contextrelay-desktop.1.gz
    usr/lib/systemd/user/contextrelay-desktop.service
    usr/share/doc/contextrelay-desktop/copyright
    usr/share/doc/contextrelay-desktop/changelog.Debian.gz
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for f in "${expected[@]}"; do
    [[ -s $tree/$f ]] || fail "the .deb lacks /$f."
done
for size in 16 22 24 32 48 64 128 256; do
    file -b "$tree/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" |
        grep -q "PNG image data, $size x $size" || fail "the ${size}x${size} icon is not a $size-pixel PNG."
done
file -b "$tree/usr/bin/contextrelay-desktop" | grep -q ', stripped' || fail "the packaged binary is not stripped."
tar -tzf "$tarball" | grep -q '/bin/contextrelay-desktop$' || fail "the tarball lacks bin/contextrelay-desktop."
zcat "$tree/usr/share/man/man1/contextrelay-desktop.1.gz" | grep -q "ContextRelay Desktop $version" ||
    fail "the man page does not name version $version."
# groff's warnings are what lintian reports as groff-message.
man_warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
    man --warnings -E UTF-8 -l -Tutf8 -Z "$tree/usr/share/man/man1/contextrelay-desktop.1.gz" 2>&1 >/dev/null)
[[ -z $man_warnings ]] || fail "the man page has troff warnings: $man_warnings"

step "desktop-file-validate"
desktop-file-validate "$tree/usr/share/applications/$app_id.desktop"
echo "ok"

step "appstreamcli validate"
# --pedantic shows the hints too; the exit status fails on errors and warnings only.
appstreamcli validate --no-net --pedantic "$tree/usr/share/metainfo/$app_id.metainfo.xml"
# The tree check also ties the metainfo to the desktop entry and the icons it ships.
appstreamcli validate-tree --no-net "$tree"

step "lintian"
# Accepted warnings, each for a reason (any other warning fails):
lintian_suppress=(
    # The package is not uploaded to Debian, so there is no ITP bug for the changelog to close.
    initial-upload-closes-no-bugs
)
lintian_args=(--fail-on error,warning --display-info --tag-display-limit 0)
if ((${#lintian_suppress[@]})); then
    lintian_args+=(--suppress-tags "$(IFS=,; echo "${lintian_suppress[*]}")")
fi
lintian "${lintian_args[@]}" "$deb"
echo "ok"

step "install into a clean Debian 12 root ($suite, $mirror)"
chroot_dir=$build/debian-root
cache=$build/cache
relay_pids=()
mounts=()
# mounts_below DIR: DIR and the mount points under it, deepest first.
mounts_below() {
    awk -v d="$1" '$2 == d || index($2, d "/") == 1 { print $2 }' /proc/mounts | sort -r
}
cleanup() {
    local pid m i
    for pid in "${relay_pids[@]}"; do
        $SUDO kill "$pid" 2>/dev/null || continue
        for ((i = 0; i < 50; i++)); do
            $SUDO kill -0 "$pid" 2>/dev/null || break
            sleep 0.2
        done
        $SUDO kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
        m=${mounts[i]}
        if mountpoint -q "$m"; then
            $SUDO umount "$m" || $SUDO umount -l "$m" || true
        fi
    done
    # Never while something is mounted below it: --one-file-system keeps rm out of /dev.
    if [[ -d $chroot_dir && -z $(mounts_below "$chroot_dir") ]]; then
        $SUDO rm -rf --one-file-system "$chroot_dir"
    fi
}
trap cleanup EXIT
mount_in_chroot() { # mount_in_chroot TARGET ARGS...
    local target
    target=$(realpath -m "$chroot_dir/$1")
    shift
    $SUDO mkdir -p "$target"
    $SUDO mount "$@" "$target" || return 1
    mounts+=("$target")
}
# A run that was killed may have left its mounts; take them down before starting afresh.
mounts_below "$chroot_dir" | xargs -r -n1 $SUDO umount || true
[[ -z $(mounts_below "$chroot_dir") ]] || fail "$chroot_dir is still mounted."
$SUDO rm -rf --one-file-system "$chroot_dir"
mkdir -p "$cache/debootstrap" "$cache/apt/partial"
# On tmpfs dpkg's fsyncs cost nothing: debootstrap takes a third of the time it takes on disk.
mount_in_chroot . -t tmpfs -o size=2g,mode=0755 tmpfs || echo "no tmpfs; the root goes on disk"
$SUDO debootstrap --variant=minbase --cache-dir="$cache/debootstrap" "$suite" "$chroot_dir" "$mirror" \
    >"$build/debootstrap.log" 2>&1 || { tail -30 "$build/debootstrap.log" >&2; fail "debootstrap failed."; }
step "debootstrap done"
mount_in_chroot proc -t proc proc
mount_in_chroot dev --bind /dev
mount_in_chroot var/cache/apt/archives --bind "$cache/apt"
# The updates and security suites too, as on a real Debian 12 system.
security=${mirror%/debian}/debian-security
printf 'deb %s %s main\ndeb %s %s-updates main\ndeb %s %s-security main\n' \
    "$mirror" "$suite" "$mirror" "$suite" "$security" "$suite" | $SUDO tee "$chroot_dir/etc/apt/sources.list" >/dev/null
$SUDO cp "$deb" "$chroot_dir/tmp/"
# A clean environment, and a home of its own so nothing of this machine's settings leaks in.
chroot_cmd=(env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/tmp/home
    XDG_CONFIG_HOME=/tmp/home/config XDG_DATA_HOME=/tmp/home/data XDG_CACHE_HOME=/tmp/home/cache
    DEBIAN_FRONTEND=noninteractive chroot "$chroot_dir")
in_chroot() { $SUDO "${chroot_cmd[@]}" "$@"; }
in_chroot apt-get update -qq
in_chroot apt-get install -y -qq --no-install-recommends -o Dpkg::Options::=--force-unsafe-io "/tmp/$(basename "$deb")" >"$build/apt-install.log" 2>&1 ||
    { tail -30 "$build/apt-install.log" >&2; fail "apt-get install of the .deb failed in the clean root."; }
grep -c '^Unpacking ' "$build/apt-install.log" | xargs printf '%s packages unpacked\n'
in_chroot mkdir -p /tmp/home

step "run it in the clean root"
printed=$(in_chroot contextrelay-desktop --version)
echo "$printed"
[[ $printed == "contextrelay-desktop $version" ]] ||
    fail "--version printed '$printed', not 'contextrelay-desktop $version'."

# start_relay OUTFILE ARGS...: a headless relay in the root; sets relay_url and relay_pid.
start_relay() {
    local outfile=$1 deadline=$((SECONDS + 30))
    shift
    : >"$outfile"
    # Not through the function: $! must be the relay itself (or sudo, which passes signals on),
    # not a subshell that a SIGTERM would kill while the relay goes on.
    $SUDO "${chroot_cmd[@]}" contextrelay-desktop --headless --port 0 "$@" >"$outfile" 2>"$outfile.err" &
    relay_pid=$!
    relay_pids+=("$relay_pid")
    relay_url=""
    while [[ -z $relay_url ]] && ((SECONDS < deadline)) && $SUDO kill -0 "$relay_pid" 2>/dev/null; do
        relay_url=$(head -n1 "$outfile")
        [[ -n $relay_url ]] || sleep 0.2
    done
    [[ -n $relay_url ]] || { cat "$outfile.err" >&2; fail "the headless relay did not print its URL."; }
    echo "relay at $relay_url"
}
stop_relay() {
    $SUDO kill -TERM "$relay_pid"
    wait "$relay_pid" || fail "the relay did not exit cleanly on SIGTERM (status $?)."
}

start_relay "$build/relay-ephemeral.out" --ephemeral
answer=$(curl -fsS --max-time 10 "$relay_url/") || fail "GET / failed."
[[ $answer == *"ContextRelay API is running"* ]] || fail "GET / answered '$answer'."
echo "GET / -> $answer"
stop_relay

# Durable storage loads QtSql's SQLite driver, a plugin dpkg-shlibdeps cannot see.
start_relay "$build/relay-durable.out" --data-dir /tmp/home/relay-data
url=$(echo "packaged" | in_chroot contextrelay-desktop push --server "$relay_url") || fail "push failed."
pulled=$(in_chroot contextrelay-desktop pull --server "$relay_url" "$url") || fail "pull failed."
[[ $pulled == packaged ]] || fail "pull returned '$pulled'."
echo "push + pull through SQLite ok"
stop_relay
[[ -s $chroot_dir/tmp/home/relay-data/payloads.sqlite ]] || fail "the relay wrote no payloads.sqlite."

step "all packaging checks passed in $((SECONDS - started)) s: $(basename "$deb"), $(basename "$tarball")"
