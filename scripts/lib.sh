# Shared by the scripts in scripts/: install missing Debian packages and
# configure + build mnr. Sourced, not run.

set -euo pipefail

MNR_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# need_packages PKG... : installs the ones not yet installed, with sudo
# when not root. Prints nothing when everything is there; otherwise says
# what it installs and lets apt's own output through.
need_packages() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo="sudo"
    fi
    echo "Installing ${#missing[@]} Debian packages and what they depend on: ${missing[*]}" >&2
    echo "(this downloads them and can take several minutes)" >&2
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# What the scripts install, one list per use (add a package where it is used):
# building mnr (gettext: msgfmt compiles the translations po/LL.po into the
# catalogs mnr reads, and scripts/translations extracts the texts; libzip-dev:
# the zip container of the DOCX and ODT reports, and the reading of a
# reference document, src/base/zipfile.c)
BUILD_PACKAGES=(gcc libc6-dev make cmake pkg-config libxml2-dev libxslt1-dev gettext libzip-dev)
# scripts/build-deb: the package (cpack's dependency list through
# dpkg-shlibdeps, from dpkg-dev; lintian's check, which needs file)
DEB_PACKAGES=(dpkg-dev lintian file)
# writing a PDF (mnr report, compare and cohort with -o X.pdf): headless
# Chromium prints it, and the Noto fonts give it the scripts DejaVu Sans
# lacks, so that names and evidence typed in Chinese, Devanagari, Bengali,
# Thai, Ethiopic... print as text, not as empty boxes (the reports' CSS
# names them, stylesheets/common-html.xsl). The two font packages are some
# 69 MB to download (fonts-noto-core 12 MB, fonts-noto-cjk 57 MB) and
# 134 MB installed.
PDF_PACKAGES=(chromium fonts-noto-core fonts-noto-cjk)
# scripts/test: cmocka, and the tools the end-to-end tests run (xmllint and
# xsltproc check reports, the PDF packages print PDFs, poppler-utils reads
# them, time measures the layouts' memory, Saxon-HE is the second XSLT
# processor (its Java also runs the W3C Nu HTML checker, npm vnu-jar),
# firefox-esr is the second browser the form and the reports are
# checked in, through puppeteer-core: it keeps a draft per copy of a file,
# Chromium not; itstool extracts the texts of the model, questionnaires and
# words module for the test that po/mnr.pot is up to date; libreoffice-writer-nogui
# opens the DOCX and ODT reports and converts them to PDF, and pandoc reads
# them back as a second reader, unzip opens their packages: tests/docx.cmake;
# dpkg-dev's dpkg-shlibdeps and file list the Debian package's dependencies,
# for package.deb)
TEST_PACKAGES=(libcmocka-dev libxml2-utils xsltproc "${PDF_PACKAGES[@]}" poppler-utils valgrind
               time default-jre-headless libsaxonhe-java firefox-esr itstool
               libreoffice-writer-nogui pandoc unzip dpkg-dev file)
# the Windows build (scripts/build-windows) and its tests under Wine
# (tests/e2e/windows.sh): Debian's mingw-w64 cross compiler, wine64 to run
# mnr.exe here, dpkg-dev for apt-get source, autotools for dh's autoreconf
# (Debian's patches change configure.ac), zip. Some 210 MB to download
# (wine64 and libwine 120 MB, the compiler 85 MB, autotools 3 MB), some
# 1 GB installed.
# libz-mingw-w64-dev is Debian's own zlib (the Linux build's 1.2.13) built
# for mingw-w64, which libzip links.
WINDOWS_PACKAGES=(gcc-mingw-w64-x86-64 wine64 dpkg-dev autoconf automake libtool zip
                  libz-mingw-w64-dev)
# The Debian source packages the Windows libraries are built from
# (scripts/windows-deps): the versions the Linux build links (libxml2-dev,
# libxslt1-dev, libcmocka-dev, libzip-dev), checked there. Order: libxml2,
# libxslt, cmocka, libzip.
WIN_SOURCES=(libxml2=2.9.14+dfsg-1.3~deb12u6 libxslt=1.1.35-1+deb12u4 cmocka=1.1.5-2.1
             libzip=1.7.3-1)

# build_mnr DIR [CMAKE ARGS...] : configure and build into DIR.
build_mnr() {
    local dir=$1; shift
    # (explicit returns: callers may test it, which turns set -e off inside)
    cmake -S "$MNR_ROOT" -B "$dir" "$@" >/dev/null || return 1
    cmake --build "$dir" -j"$(nproc)" >/dev/null
}
