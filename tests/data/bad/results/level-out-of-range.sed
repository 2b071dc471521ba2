# base: results
# A capability at level 7 on a scale of 0 to 4.
0,/\(<capability id="C01" [^>]*\) level="[0-4]"/s//\1 level="7"/
