# The command line itself: --help, --version, `mnr help`, and the usage
# errors (exit 2) of an unknown command or option. Included from
# tests/CMakeLists.txt (mnr_e2e comes from there). Label: e2e.

mnr_e2e(help 0 --out "Usage: mnr COMMAND" --out "validate" --out "report" -- $<TARGET_FILE:mnr> --help)
mnr_e2e(version 0 --out "mnr ${PROJECT_VERSION}" -- $<TARGET_FILE:mnr> --version)
mnr_e2e(help-command 0 --out "Usage: mnr validate" -- $<TARGET_FILE:mnr> help validate)
mnr_e2e(unknown-command 2 --out "mnr: 'frobnicate' is not a command" --out "Usage: mnr COMMAND" -- $<TARGET_FILE:mnr> frobnicate)
mnr_e2e(mistyped-command 2 --out "mnr: 'repotr' is not a command" --out "did you mean 'mnr report'?"
        --not "Usage: mnr COMMAND" -- $<TARGET_FILE:mnr> repotr x.xml)
mnr_e2e(no-command 2 --out "Usage: mnr COMMAND" -- $<TARGET_FILE:mnr>)
mnr_e2e(unknown-option 2 --out "mnr score: unknown option '--frob'" -- $<TARGET_FILE:mnr> score --frob x.xml)
mnr_e2e(missing-value 2 --out "mnr report: option '--format' needs a value" -- $<TARGET_FILE:mnr> report x.xml -o y --format)
# an option that takes one value, given twice, is refused (the later one would win unsaid)
mnr_e2e(option-twice-output 2 --out "mnr report: --output is given twice" --out "give it once"
        -- $<TARGET_FILE:mnr> report x.xml -o a.html -o b.html)
mnr_e2e(option-twice-baseline 2 --out "mnr score: --baseline is given twice" --out "give it once"
        -- $<TARGET_FILE:mnr> score x.xml --baseline a.xml --baseline b.xml)
mnr_e2e(help-unknown 2 --out "mnr help: no command 'nope'" -- $<TARGET_FILE:mnr> help nope)
mnr_e2e(help-help 0 --out "Usage: mnr help [COMMAND]" --not "no command" -- $<TARGET_FILE:mnr> help help)

# -- the language (src/cli/cli_lang.c), with the test catalog xx
#    (tests/data/i18n/xx.po) in a data directory of its own, ${I18N_DATA}
#    (tests/CMakeLists.txt); yy.mo there is not a catalog. ENV: the
#    environment without the tests' LC_ALL=C.UTF-8 and without LANGUAGE.
set(ENV_NO_LANG env -u LC_ALL -u LC_MESSAGES -u LANGUAGE -u LANG)
file(WRITE ${I18N_DATA}/locale/yy.mo "not a catalog but a text file, longer than the header of one\n")
# --lang picks the catalog: the option's help translated, and the texts
# still in English counted on one line, itself translated
mnr_e2e(lang-option 0 --out "  --lang LL        XX show messages and reports in language LL"
        --out "xx-note: " --out " texts untranslated into xx"
        -- $<TARGET_FILE:mnr> validate --help --lang xx --data-dir ${I18N_DATA})
# so does LANG (the tests' LC_ALL unset), through MNR_DATA_DIR too
mnr_e2e(lang-env 0 --out "XX show messages and reports" --out "untranslated into xx"
        -- ${ENV_NO_LANG} LANG=xx_YY.UTF-8 MNR_DATA_DIR=${I18N_DATA} $<TARGET_FILE:mnr> validate --help)
mnr_e2e(lang-env-language 0 --out "XX show messages and reports"
        -- ${ENV_NO_LANG} LANGUAGE=xx:fr LANG=de_DE.UTF-8 MNR_DATA_DIR=${I18N_DATA} $<TARGET_FILE:mnr> help score)
# LC_ALL=C is English, whatever LANGUAGE says (as gettext)
mnr_e2e(lang-env-c-locale 0 --out "show messages and reports in language LL" --not "XX" --not "note"
        -- ${ENV_NO_LANG} LANGUAGE=xx LC_ALL=C.UTF-8 MNR_DATA_DIR=${I18N_DATA} $<TARGET_FILE:mnr> help score)
# --lang beats the environment, both ways
mnr_e2e(lang-option-beats-env 0 --out "show messages and reports in language LL" --not "XX" --not "note"
        -- ${ENV_NO_LANG} LANG=xx_YY.UTF-8 MNR_DATA_DIR=${I18N_DATA} $<TARGET_FILE:mnr> validate --help --lang en)
mnr_e2e(lang-option-beats-env-2 0 --out "XX show messages and reports"
        -- ${ENV_NO_LANG} LANG=de_DE.UTF-8 MNR_DATA_DIR=${I18N_DATA} $<TARGET_FILE:mnr> help --lang xx report)
# the language before the command: mnr --lang LL COMMAND, as --lang=LL too
mnr_e2e(lang-before-command 0 --out "XX show messages and reports"
        -- ${ENV_NO_LANG} MNR_DATA_DIR=${I18N_DATA} $<TARGET_FILE:mnr> --lang xx help score)
mnr_e2e(lang-before-command-eq 0 --out "XX show messages and reports"
        -- ${ENV_NO_LANG} MNR_DATA_DIR=${I18N_DATA} $<TARGET_FILE:mnr> --lang=xx validate --help)
# a language mnr has no catalog for: with --lang, a usage error that
# lists the languages; from the environment, English without a word
mnr_e2e(lang-unknown 2 --out "mnr score: there is no translation into 'zz'" --out " the languages are: en, "
        --out ", xx" --out "Try 'mnr help score'"
        -- $<TARGET_FILE:mnr> score --lang zz --data-dir ${I18N_DATA} x.xml)
mnr_e2e(lang-unknown-env 0 --out "show messages and reports in language LL" --not "XX" --not "warning" --not "note"
        -- ${ENV_NO_LANG} LANG=zz_ZZ.UTF-8 MNR_DATA_DIR=${I18N_DATA} $<TARGET_FILE:mnr> validate --help)
mnr_e2e(lang-twice 2 --out "mnr validate: --lang is given twice" --out "give it once"
        -- $<TARGET_FILE:mnr> validate --lang en --lang en x.xml)
# a catalog that cannot be read: with --lang an error (exit 1); from the
# environment a one-line warning, then English
mnr_e2e(lang-bad-catalog 1
        --out "i18n-data/locale/yy.mo: not a compiled translation catalog (.mo): it does not start with the magic number of a .mo file"
        --out " rebuild it with msgfmt"
        -- $<TARGET_FILE:mnr> validate --help --lang yy --data-dir ${I18N_DATA})
mnr_e2e(lang-bad-catalog-env 0
        --out "mnr: warning: ${I18N_DATA}/locale/yy.mo: not a compiled translation catalog (.mo)"
        --out "mnr speaks English instead" --out "show messages and reports in language LL"
        -- ${ENV_NO_LANG} LANG=yy_YY MNR_DATA_DIR=${I18N_DATA} $<TARGET_FILE:mnr> validate --help)
