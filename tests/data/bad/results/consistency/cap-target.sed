# base: results
# C01 raises its target to 4 but keeps the gap of target 3.
0,/\(<capability id="C01" [^>]*\) target="3"/s//\1 target="4"/
