# base: results
# C01, not in place, is put in line with most surveyed countries.
0,/\(<baseline item="leadership" [^>]*\) category="common-missing" category-label="[^"]*"/s//\1 category="in-line" category-label="in line with half or more of the surveyed countries"/
