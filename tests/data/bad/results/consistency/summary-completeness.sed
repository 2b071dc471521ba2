# base: results
# The summary claims 100% completeness with 114 of 115 answered.
s/\(<summary [^>]*\) completeness="99.1"/\1 completeness="100.0"/
