# base: results
# C01 claims no gap to its target.
0,/\(<capability id="C01" [^>]*\) gap="2.50"/s//\1 gap="0.00"/
