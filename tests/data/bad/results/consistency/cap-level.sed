# base: results
# C01 claims level 4; its criteria give level 0.
0,/\(<capability id="C01" [^>]*\) level="0"/s//\1 level="4"/
