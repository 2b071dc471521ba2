# base: results
# The first priority claims a gap of 3.00.
s/\(<priority rank="1" [^>]*\) gap="2.50"/\1 gap="3.00"/
