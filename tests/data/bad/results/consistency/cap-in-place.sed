# base: results
# C02, at level 2, says it is not in place.
0,/\(<capability id="C02" [^>]*\) in-place="true"/s//\1 in-place="false"/
