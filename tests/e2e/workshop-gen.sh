#!/usr/bin/env bash
# workshop-gen.sh QUESTIONNAIRE N SEED DIR [notes] - writes N fictional
# workshop participants' answers files (DIR/p01.xml ..., DIR/p001.xml ...
# past 99) to the full questionnaire,
# with realistic disagreement, the same for the same SEED: per question a
# "true" answer (yes 40%, partly 25%, no 35%); each participant leaves it
# blank 10% of the time, says don't know 5%, not applicable 4% where
# allowed, is one step off 20% and says the opposite 5%; a third of the
# definite answers carry evidence. With "notes", every answer carries
# evidence and a comment (the most a participant writes: about 30 KB a
# file). Used by tests/e2e/merge-12.sh, tests/e2e/merge-200.sh and
# scripts/bench.
set -eu
q=$1 n=$2 seed=$3 dir=$4 notes=${5:-}
mkdir -p "$dir"
awk -v n="$n" -v seed="$seed" -v dir="$dir" -v notes="$notes" '
# Park-Miller: every product stays below 2^53, exact in any awk
function rnd() { state = (state * 16807) % 2147483647; return state / 2147483647 }
BEGIN {
    state = seed
    split("Ministry of Justice|National Police, Cybercrime Unit|Public Prosecution Service|" \
          "Child helpline (NGO)|Ministry of Education|Ministry of Health|Telecom regulator|" \
          "Internet service providers association|Ministry of Social Affairs|" \
          "Child rights NGO|Data protection authority|Victim support service", role, "|")
    split("A. Lindqvist|R. Okafor|S. Perera|M. Haddad|J. Moreau|K. Tanaka|L. Mensah|" \
          "P. Novak|D. Alvarez|F. Rahman|E. Costa|T. Nguyen", name, "|")
    split("no|partly|yes", val, "|")
}
/<question id="/ {
    match($0, /id="[^"]*"/); id[++nq] = substr($0, RSTART + 4, RLENGTH - 5)
    na[nq] = ($0 ~ /allow-na="true"/)
}
END {
    for (k = 1; k <= nq; k++) { r = rnd(); truth[k] = r < 0.35 ? 1 : r < 0.60 ? 2 : 3 }
    for (p = 1; p <= n; p++) {
        f = sprintf(n > 99 ? "%s/p%03d.xml" : "%s/p%02d.xml", dir, p)
        print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" > f
        print "<!-- Fictional workshop participant, made by tests/e2e/workshop-gen.sh (seed " seed "). -->" > f
        print "<answers model=\"mnr-maturity\" model-version=\"1.0\" questionnaire=\"mnr-full\" questionnaire-version=\"1.0\">" > f
        print "  <country fictional=\"true\">Republic of Examplia</country>" > f
        printf "  <date>2026-10-%02d</date>\n", 11 + (p - 1) % 18 > f
        printf "  <respondents><respondent role=\"%s\">%s</respondent></respondents>\n", \
               role[(p - 1) % 12 + 1], name[(p - 1) % 12 + 1] > f
        for (k = 1; k <= nq; k++) {
            r = rnd(); v = val[truth[k]]
            if (r < 0.10) continue
            else if (r < 0.15) v = "dont-know"
            else if (r < 0.19 && na[k]) v = "na"
            else if (r < 0.39) v = val[truth[k] == 2 ? (rnd() < 0.5 ? 1 : 3) : 2]
            else if (r < 0.44) v = val[4 - truth[k]]
            ev = (v != "dont-know" && v != "na" && rnd() < 0.33) ? \
                 sprintf("<evidence>Document %d-%d, %s (fictional)</evidence>", p, k, role[(p - 1) % 12 + 1]) : ""
            if (notes != "")
                ev = sprintf("<evidence>Document %d-%d, %s (fictional): the annual report, section %d, " \
                             "and the minutes of the inter-agency meeting</evidence>" \
                             "<comment>Participant %d on %s: discussed with colleagues; the practice " \
                             "differs between regions and the budget is not yet secured</comment>", \
                             p, k, role[(p - 1) % 12 + 1], k, p, id[k])
            if (ev == "") printf "  <answer question=\"%s\" value=\"%s\"/>\n", id[k], v > f
            else printf "  <answer question=\"%s\" value=\"%s\">%s</answer>\n", id[k], v, ev > f
        }
        print "</answers>" > f
        close(f)
    }
}' "$q"
