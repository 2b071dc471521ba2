# base: results
# C01 counts a dont-know answer it does not have.
0,/\(<capability id="C01" [^>]*\) dont-know="0"/s//\1 dont-know="1"/
