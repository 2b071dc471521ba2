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
