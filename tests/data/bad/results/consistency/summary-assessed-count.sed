# base: results
# The summary claims 20 capabilities assessed; the file has 21.
s/\(<summary [^>]*\) capabilities-assessed="21"/\1 capabilities-assessed="20"/
