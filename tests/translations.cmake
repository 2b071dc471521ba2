# The translations: the template po/mnr.pot is up to date with the texts
# the sources mark (tests/e2e/pot-current.sh; needs xgettext and itstool).
# Label: translations. Included from tests/CMakeLists.txt. (The language
# choice itself, --lang and LANG, is tested in command-line.cmake.)

add_test(NAME translations.pot-current COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/e2e/pot-current.sh)
set_tests_properties(translations.pot-current PROPERTIES LABELS translations TIMEOUT 120)
