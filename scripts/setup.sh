#!/usr/bin/env bash
# Installs everything ContextRelay Desktop needs to build, run and test on
# Debian 12. Idempotent: packages already present are skipped by apt.
#   scripts/setup.sh          build + runtime + test dependencies
#   scripts/setup.sh --bench  also the peers the benchmarks compare against
set -euo pipefail

packages=(
  build-essential cmake pkg-config clang-format
  qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-svg-dev libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins
  qtkeychain-qt6-dev libsecret-1-0 libsodium-dev libhttp-parser-dev libssl-dev
  libgl-dev
  python3 python3-requests python3-websocket python3-cryptography
  chromium
  xvfb xauth openbox trayer imagemagick dbus dbus-x11 gnome-keyring libsecret-tools xdotool x11-utils x11-xserver-utils curl
  tmux xclip
  # screenshots and the translation test under de_DE / ja_JP: a Japanese font, Qt's own translations
  locales fonts-ipafont-gothic fonts-dejavu-core qt6-translations-l10n
  # packaging (scripts/package.sh): CPack .deb checks and a clean Debian 12 root to install into
  dpkg-dev fakeroot file lintian desktop-file-utils appstream man-db debootstrap debian-archive-keyring
  # scripts/fuzz.sh: libFuzzer + ASan/UBSan (clang 14 cannot compile libstdc++ 12's <expected>)
  clang-16 libclang-rt-16-dev llvm-16
)
if [[ "${1:-}" == "--bench" ]]; then
  packages+=(wrk nginx-light redis-server redis-tools hyperfine procps)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
