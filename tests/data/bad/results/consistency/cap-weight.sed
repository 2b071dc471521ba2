# base: results
# C01 weighs 2 where the model says 1.
0,/\(<capability id="C01" [^>]*\) weight="1"/s//\1 weight="2"/
