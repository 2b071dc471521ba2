# base: results
# C01 claims 4 answered of 5; its criteria answer all 5.
0,/\(<capability id="C01" [^>]*\) answered="5"/s//\1 answered="4"/
