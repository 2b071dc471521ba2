# base: results
# Domain D1 claims 3.90 over capabilities that give 1.67.
s/\(<domain id="D1" [^>]*\) score="1.67"/\1 score="3.90"/
