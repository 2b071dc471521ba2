# Sourced by the end-to-end tests that, as root, run mnr as the user nobody
# (to meet a permission check that root would pass). nobody may not reach
# the build or the source tree (a clone in /root is mode 0700), so it gets
# its own copy of mnr and of its data.
#
# nobody_copy MNR SRC DIR: copies mnr to DIR/mnr and SRC's data to
# DIR/data, readable by all; sets nobody_mnr and as_nobody (the command
# prefix that runs as nobody with that data). DIR's parents must let
# nobody through (a mktemp -d in /tmp, chmod 755).
nobody_copy() {
    local mnr=$1 src=$2 dir=$3
    mkdir -p "$dir/data" && cp "$mnr" "$dir/mnr" &&
        cp -R "$src/model" "$src/questionnaires" "$src/stylesheets" "$dir/data/" &&
        chmod -R a+rX "$dir" || { echo "cannot copy mnr and its data to $dir"; return 1; }
    nobody_mnr=$dir/mnr
    as_nobody=(setpriv --reuid=nobody --regid=nogroup --clear-groups env MNR_DATA_DIR="$dir/data")
    "${as_nobody[@]}" "$nobody_mnr" --version >/dev/null ||
        { echo "the user nobody cannot run $nobody_mnr"; return 1; }
}
