# base: results
# C01 keeps level 0 but names it Mature.
0,/\(<capability id="C01" [^>]*\) level-name="[^"]*"/s//\1 level-name="Mature"/
