# base: results
# C01 claims to be provisional with every question answered.
0,/\(<capability id="C01" [^>]*\) provisional="false"/s//\1 provisional="true"/
