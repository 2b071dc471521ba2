# The Debian package, made by `cpack -G DEB` in a build directory
# (scripts/build-deb configures a Release build for /usr and runs it):
# mnr_VERSION_ARCH.deb with the binary in /usr/bin, the data in
# /usr/share/mnr, the man page and the docs in /usr/share/doc/mnr. Its
# version is project()'s; its Depends are worked out by dpkg-shlibdeps from
# what the binary links (libc6, libxml2, libxslt1.1). Included from
# CMakeLists.txt.

set(CPACK_PACKAGE_NAME mnr)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Model National Response maturity self-assessment")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Scores a country's answers to the WeProtect Global Alliance's Model National\n"
    "Response questionnaire (21 capabilities in 6 domains) into maturity levels,\n"
    "compares them with the anonymous 2021 baseline of 42 countries, lists the gaps\n"
    "in the order to tackle them, and writes the report (HTML, PDF, text, CSV).\n"
    "Also: an offline HTML form and a terminal questionnaire for the people who\n"
    "answer, the merge of a workshop's answers into a consensus, one country's\n"
    "progress between two assessments, and anonymised cohort baselines. Runs\n"
    "offline. PDF output needs Chromium.")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${MNR_DEB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)               # mnr_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# PDF output prints through headless Chromium; every other output works
# without it, so it is recommended, not required. The Noto fonts print
# scripts DejaVu Sans lacks (README: PDF output).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS chromium)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "fonts-noto-core, fonts-noto-cjk")
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${CPACK_PACKAGE_VERSION}")
include(CPack)
