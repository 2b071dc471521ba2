# base: results
# C01 is assessed but has no level, level name or score.
0,/\(<capability id="C01" [^>]*\) level="0" level-name="[^"]*" score="[^"]*"/s//\1/
