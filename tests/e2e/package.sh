#!/usr/bin/env bash
# package.sh BUILD VERSION: cpack -G DEB on BUILD into a temporary
# directory; the package's name, files and control fields (tests/package.cmake).
set -u
build=$1 version=$2
for t in cpack:cmake dpkg-deb:dpkg dpkg-shlibdeps:dpkg-dev file:file; do
    command -v "${t%%:*}" >/dev/null ||
        { echo "FAIL: ${t%%:*} is not installed: apt-get install ${t#*:}"; exit 1; }
done
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cpack -G DEB -B "$tmp" --config "$build/CPackConfig.cmake" >"$tmp/cpack.log" 2>&1 ||
    { cat "$tmp/cpack.log"; echo "FAIL: cpack -G DEB failed"; exit 1; }
deb=$tmp/mnr_${version}_$(dpkg --print-architecture).deb
[ -f "$deb" ] || { ls "$tmp"; echo "FAIL: no ${deb##*/}"; exit 1; }
fail=0
files=$(dpkg-deb -c "$deb" | awk '{ print $NF }')
for f in ./usr/bin/mnr ./usr/share/mnr/model/mnr-model.xml ./usr/share/mnr/model/baseline-2021.xml \
         ./usr/share/mnr/questionnaires/mnr-full.xml ./usr/share/mnr/questionnaires/mnr-rapid.xml \
         ./usr/share/mnr/questionnaires/examples/examplia-middle.xml \
         ./usr/share/mnr/stylesheets/report-html.xsl ./usr/share/mnr/stylesheets/form.js \
         ./usr/share/mnr/po/its/mnr.its ./usr/share/man/man1/mnr.1.gz \
         ./usr/share/doc/mnr/README.md ./usr/share/doc/mnr/CHANGELOG.md \
         ./usr/share/doc/mnr/copyright ./usr/share/doc/mnr/changelog.gz; do
    grep -qxF "$f" <<<"$files" || { echo "FAIL: the package has no $f"; fail=1; }
done
# nothing outside /usr
bad=$(grep -v '^\./usr/\|^\./$' <<<"$files") && { echo "FAIL: outside /usr: $bad"; fail=1; }
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = mnr ] || { echo "FAIL: Package: $(field Package)"; fail=1; }
[ "$(field Version)" = "$version" ] || { echo "FAIL: Version: $(field Version), not $version"; fail=1; }
for lib in libc6 libxml2 libxslt1.1; do
    field Depends | grep -q "\(^\|, \)$lib\( \|,\|$\)" || { echo "FAIL: Depends lacks $lib: $(field Depends)"; fail=1; }
done
field Depends | grep -q chromium && { echo "FAIL: Chromium is required, not recommended"; fail=1; }
[ "$(field Recommends)" = chromium ] || { echo "FAIL: Recommends: $(field Recommends)"; fail=1; }
# the man page and the Debian changelog say the version
dpkg-deb -x "$deb" "$tmp/root"
zcat "$tmp/root/usr/share/man/man1/mnr.1.gz" | head -n 1 | grep -qF "\"mnr $version\"" ||
    { echo "FAIL: the man page's .TH line does not say mnr $version"; fail=1; }
zcat "$tmp/root/usr/share/doc/mnr/changelog.gz" | head -n 1 | grep -qxF "mnr ($version) unstable; urgency=medium" ||
    { echo "FAIL: the Debian changelog does not start with $version"; fail=1; }
[ $fail -eq 0 ] && echo "ok: ${deb##*/}: $(field Depends); Recommends: $(field Recommends)"
exit $fail
