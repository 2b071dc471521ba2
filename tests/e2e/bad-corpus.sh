#!/usr/bin/env bash
# Runs the bad-input corpus (tests/data/bad/MANIFEST, which explains the rows).
#
#   bad-corpus.sh generate GEN MNR SRC
#       makes the large and generated inputs in GEN, once (kept between runs)
#   bad-corpus.sh run GEN MNR SRC WORK SANITIZE FILE ROLE
#       runs the manifest row for FILE in ROLE; SANITIZE is ON in ASan builds
#       (no memory limit there: ASan reserves terabytes of address space)
#
# Exit status 0 when every check holds, 1 when one fails (it says which and
# shows the output), 77 when the case cannot be run here (CTest: skipped).
set -u
shopt -s nullglob
source "$(dirname "$0")/lib.sh"

HUGE_MB=100
DEEP=100000
MEMORY_KB=1048576   # ulimit -v: 1 GB
TIME_LIMIT=10       # seconds per command

die() { echo "bad-corpus: $*" >&2; exit 1; }

answer_header='<answers model="mnr-maturity" model-version="1.0" questionnaire="mnr-full" questionnaire-version="1.0">'

# Writes to a temporary file, then renames: a half-written input is never
# taken for a finished one.
make_file() { # PATH COMMAND...
    local path=$1; shift
    [ -s "$path" ] && return 0
    "$@" > "$path.part" || { rm -f "$path.part"; die "cannot make $path"; }
    mv "$path.part" "$path"
}

gen_huge() {
    local line='  <answer question="C01.L1.a" value="yes"><evidence>Cabinet decision 14/2022, minutes of the national committee, annex 3, page 12</evidence></answer>'
    local lines=$(( HUGE_MB * 1024 * 1024 / (${#line} + 1) + 100 ))
    printf '<?xml version="1.0" encoding="UTF-8"?>\n%s\n  <country>Examplia</country>\n' "$answer_header"
    yes "$line" | head -n "$lines"
    printf '</answers>\n'
}

gen_deep() {
    printf '<?xml version="1.0" encoding="UTF-8"?>\n%s\n' "$answer_header"
    yes '<a>' | head -n "$DEEP" | tr -d '\n'
    yes '</a>' | head -n "$DEEP" | tr -d '\n'
    printf '\n</answers>\n'
}

gen_quadratic() {
    local value
    value=$(yes A | head -n 20000 | tr -d '\n')
    printf '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE answers [ <!ENTITY a "%s"> ]>\n%s\n  <country>' "$value" "$answer_header"
    yes '&a;' | head -n 20000 | tr -d '\n'
    printf '</country>\n</answers>\n'
}

# One uniqueness rule of the schema comparing 12 000 elements (the
# <target> elements, all for C01; the cap is 10 000).
gen_many_targets() {
    printf '<?xml version="1.0" encoding="UTF-8"?>\n%s\n' "$answer_header"
    printf '  <country fictional="true">Examplia</country>\n  <date>2026-11-01</date>\n'
    printf '  <respondents><respondent role="Test">T. Tester</respondent></respondents>\n'
    printf '  <targets>\n'
    yes '    <target capability="C01" level="2"/>' | head -n 12000
    printf '  </targets>\n</answers>\n'
}

# 1 000 001 elements (the cap is 1 000 000), small enough for the size cap.
gen_million_elements() {
    printf '<?xml version="1.0" encoding="UTF-8"?>\n%s\n' "$answer_header"
    yes '<a/>' | head -n 1000000
    printf '</answers>\n'
}

gen_results() { # MNR SRC
    "$1" score "$2/questionnaires/examples/examplia-middle.xml" 2>/dev/null
}

if [ "${1:-}" = generate ]; then
    [ $# -eq 4 ] || die "usage: $0 generate GEN MNR SRC"
    gen=$2 mnr=$3 src=$4
    mkdir -p "$gen" || die "cannot create $gen"
    make_file "$gen/huge.xml" gen_huge
    make_file "$gen/deep.xml" gen_deep
    make_file "$gen/quadratic.xml" gen_quadratic
    make_file "$gen/many-targets.xml" gen_many_targets
    make_file "$gen/million-elements.xml" gen_million_elements
    rm -f "$gen/results.xml"   # mnr may have changed: score again
    make_file "$gen/results.xml" gen_results "$mnr" "$src"
    size=$(stat -c %s "$gen/huge.xml")
    [ "$size" -ge $(( HUGE_MB * 1024 * 1024 )) ] && [ "$size" -lt $(( (HUGE_MB + 1) * 1024 * 1024 )) ] ||
        die "huge.xml has $size bytes, not $HUGE_MB MB"
    exit 0
fi

[ "${1:-}" = run ] && [ $# -eq 8 ] || die "usage: $0 run GEN MNR SRC WORK SANITIZE FILE ROLE"
gen=$2 mnr=$3 src=$4 workroot=$5 sanitize=$6 case_file=$7 role=$8
corpus=$src/tests/data/bad
manifest=$corpus/MANIFEST
example=$src/questionnaires/examples/examplia-middle.xml

trim_to() { # VAR TEXT: VAR=TEXT without leading and trailing white space
    local -n _trimmed=$1
    local s=$2
    s=${s#"${s%%[![:space:]]*}"}
    _trimmed=${s%"${s##*[![:space:]]}"}
}

expand_roles() {
    local r
    for r in $1; do
        case ${r%%:*} in
            all) echo validate score report model-dir baseline-dir questionnaire-dir ;;
            input) echo validate score report ;;
            dirs) echo model-dir baseline-dir questionnaire-dir ;;
            *) echo "$r" ;;
        esac
    done
}

# ---- the manifest row for FILE in ROLE
row_roles='' at='' message='' found=0
while IFS= read -r line; do
    case $line in ''|'#'*) continue ;; esac
    IFS='|' read -r f r a m <<<"$line"
    trim_to f "$f"
    [ "$f" = "$case_file" ] || continue
    for one in $(expand_roles "$r"); do
        if [ "${one%%:*}" = "$role" ]; then
            found=$((found + 1)); row_roles=$one; trim_to at "$a"; trim_to message "$m"
        fi
    done
done < "$manifest"
[ $found -eq 1 ] || die "$found rows of $manifest for $case_file in role $role (want 1)"
[ -n "$at" ] && [ -n "$message" ] || die "row for $case_file has no AT or MESSAGE"
commands=''
case $row_roles in *:*) commands=${row_roles#*:}; commands=${commands//,/ } ;; esac

# ---- @unreadable: root reads any file, so as root mnr runs as nobody, with
# its own copy of mnr, the data and the work directory (tests/e2e/as-nobody.sh)
as_user=()
reach=''
if [ "$case_file" = @unreadable ] && [ "$(id -u)" = 0 ]; then
    source "$(dirname "$0")/as-nobody.sh"
    reach=$(mktemp -d) && chmod 755 "$reach" || die "mktemp failed"
    nobody_copy "$mnr" "$src" "$reach" || { rm -rf "$reach"; die "cannot run mnr as nobody"; }
    mnr=$nobody_mnr src=$reach/data workroot=$reach
    example=$src/questionnaires/examples/examplia-middle.xml
    as_user=("${as_nobody[@]}")
fi

# ---- a fresh work directory, readable by an unprivileged user (see @unreadable)
mkdir -p "$workroot" || die "cannot create $workroot"
work=$(mktemp -d "$workroot/case.XXXXXX") || die "mktemp failed"
cleanup() { chmod -R u+rwX "$work" 2>/dev/null; rm -rf "$work" ${reach:+"$reach"}; }
trap cleanup EXIT
mkdir "$work/input" "$work/secret"
secret="SECRET-$$-$RANDOM-$RANDOM-$RANDOM"
secret_file=$work/secret/secret.txt
printf '%s\n' "$secret" > "$secret_file"

# ---- the bad file itself, made if need be: sets $bad (absent for @missing)
base_of() {
    case $1 in
        model) echo "$src/model/mnr-model.xml" ;;
        baseline) echo "$src/model/baseline-2021.xml" ;;
        questionnaire) echo "$src/questionnaires/mnr-full.xml" ;;
        answers) echo "$example" ;;
        results) echo "$gen/results.xml" ;;
        *) die "unknown base '$1'" ;;
    esac
}
case $case_file in
    @missing) bad=$work/input/no-such-file.xml ;;
    @not-a-directory)
        cp "$example" "$work/input/answers.xml"
        bad=$work/input/answers.xml/answers.xml ;;
    @unreadable)
        cp "$example" "$work/input/unreadable.xml"
        bad=$work/input/unreadable.xml ;;
    @huge|@deep|@quadratic|@many-targets|@million-elements)
        bad=$gen/${case_file#@}.xml
        [ -f "$bad" ] || die "$bad is missing: run the e2e.bad-input.generate test first" ;;
    *.xml.in)
        bad=$work/input/$(basename "${case_file%.in}")
        sed "s#@SECRET_FILE@#$secret_file#g" "$corpus/$case_file" > "$bad" || die "cannot make $bad"
        grep -qF "$secret_file" "$bad" || die "$case_file does not use @SECRET_FILE@" ;;
    *.sed)
        base_kind=$(sed -n '1s/^# base: *//p' "$corpus/$case_file")
        base=$(base_of "$base_kind")
        bad=$work/input/$(basename "${case_file%.sed}").xml
        sed -f "$corpus/$case_file" "$base" > "$bad" || die "sed -f $case_file failed"
        cmp -s "$base" "$bad" && die "$case_file changes nothing in $base: update it"
        ;;
    @*) die "unknown generated case $case_file" ;;
    *) bad=$corpus/$case_file
       [ -e "$bad" ] || die "$bad does not exist" ;;
esac

# ---- the commands of this role
data=$work/data
out=$work/out
mkdir "$out" && chmod 1777 "$out"
runs=()   # each: the arguments of one mnr run, joined by \x1f
add_run() { local IFS=$'\x1f'; runs+=("$*"); }
target=''
case $role in
    validate) add_run validate "$bad" ;;
    score) add_run score "$bad" -o "$out/results.xml" ;;
    report)
        add_run report "$bad" -o "$out/report.html" --format html
        add_run report "$bad" -o "$out/report.txt" --format text
        add_run report "$bad" -o "$out/report.csv" --format csv ;;
    model-dir|baseline-dir|questionnaire-dir)
        mkdir "$data"
        cp -R "$src/model" "$src/questionnaires" "$src/stylesheets" "$data/" || die "cannot copy the data directory"
        case $role in
            model-dir) target=$data/model/mnr-model.xml; default_cmds="baseline score report validate" ;;
            baseline-dir) target=$data/model/baseline-2021.xml; default_cmds="baseline score report validate" ;;
            questionnaire-dir) target=$data/questionnaires/mnr-full.xml; default_cmds="score report validate" ;;
        esac
        rm -f "$target"
        case $case_file in
            @missing) ;;
            @unreadable) cp "$(base_of "${role%-dir}")" "$target" ;;
            @not-a-directory) die "@not-a-directory has no -dir role" ;;
            @huge) ln -s "$bad" "$target" ;;
            *) if [ -d "$bad" ]; then mkdir "$target"; else cp "$bad" "$target"; fi ;;
        esac
        bad=$target
        [ -n "$commands" ] || commands=$default_cmds
        for c in $commands; do
            case $c in
                baseline) add_run baseline --data-dir "$data" ;;
                score) add_run score "$example" --data-dir "$data" -o "$out/results.xml" ;;
                report) add_run report "$example" --data-dir "$data" -o "$out/report.html" ;;
                validate) add_run validate --data-dir "$data" "$example" ;;
                *) die "unknown command '$c' in $row_roles" ;;
            esac
        done ;;
    *) die "unknown role '$role'" ;;
esac
if [ "$case_file" = @unreadable ]; then
    chmod -R a+rX "$work"
    chmod 000 "$bad"
fi

# ---- where the message must point, and what it says
message=${message//\{dir\}/$data}
case $at in
    '{file}'*) at_path=$bad; rest=${at#'{file}'} ;;
    '{answers}'*) at_path=$example; rest=${at#'{answers}'} ;;
    '{dir}'*) at_path=$data; rest=${at#'{dir}'}
              case $rest in /*) at_path=$data${rest%%:*}; rest=${rest#"${rest%%:*}"} ;; esac ;;
    *) die "AT must start with {file}, {answers} or {dir}: $at" ;;
esac
nth_line() { # N TEXT FILE: the line of the Nth line holding TEXT
    grep -nF -- "$2" "$3" | sed -n "$1{s/:.*//p;q}"
}
case $rest in
    '') prefix="$at_path: " ;;
    ':*') prefix="$at_path:LINE: " ;;
    ':@@'*) n=$(nth_line 2 "${rest#:@@}" "$at_path"); [ -n "$n" ] || die "no second line with '${rest#:@@}' in $at_path"
            prefix="$at_path:$n: " ;;
    ':@'*) n=$(nth_line 1 "${rest#:@}" "$at_path"); [ -n "$n" ] || die "no line with '${rest#:@}' in $at_path"
           prefix="$at_path:$n: " ;;
    :[0-9]*) prefix="$at_path$rest: " ;;
    *) die "cannot read AT '$at'" ;;
esac

# ---- run and check
fail=0
log=$work/log
# lib.sh's checks report through `fail`: here each adds to this run's list.
fail() { problems+=("$*"); }
for r in "${runs[@]}"; do
    IFS=$'\x1f' read -r -a args <<<"$r"
    if [ "$sanitize" = ON ]; then
        ( exec timeout "$TIME_LIMIT" "${as_user[@]}" "$mnr" "${args[@]}" ) > "$log" 2>&1 < /dev/null
    else
        ( ulimit -v "$MEMORY_KB" && exec timeout "$TIME_LIMIT" "${as_user[@]}" "$mnr" "${args[@]}" ) > "$log" 2>&1 < /dev/null
    fi
    rc=$?
    problems=()
    case $rc in
        1) ;;
        124) problems+=("took more than $TIME_LIMIT seconds") ;;
        *) if [ $rc -ge 128 ]; then problems+=("crashed (exit status $rc, signal $((rc - 128)))")
           else problems+=("exit status $rc, expected 1"); fi ;;
    esac
    check_no_sanitizer "$(cat "$log")"
    matched=0 said=''
    while IFS= read -r l; do
        case $l in *"$message"*) ;; *) continue ;; esac
        if [ "$rest" = ':*' ]; then
            case $l in "$at_path":[0-9]*) matched=1 said=$l ;; esac
        else
            case $l in "$prefix"*) matched=1 said=$l ;; esac
        fi
    done < "$log"
    [ $matched -eq 1 ] || problems+=("no line starting '$prefix' holding: $message")
    check_no_secret "$(cat "$log")" "$secret"
    left=("$out"/* "$out"/.[!.]*)
    if [ ${#left[@]} -gt 0 ]; then
        for f in "${left[@]}"; do
            check_no_secret "$(cat "$f" 2>/dev/null)" "$secret"
        done
        problems+=("left files behind: ${left[*]}")
        rm -rf "${left[@]}"
    fi
    if [ ${#problems[@]} -gt 0 ]; then
        fail=1
        echo "FAIL: mnr ${args[*]}"
        printf '  - %s\n' "${problems[@]}"
        echo "  --- output:"
        head -c 3000 "$log" | sed 's/^/  | /'
    else
        echo "ok: mnr ${args[*]}"
        echo "    $said"
    fi
done
exit $fail
