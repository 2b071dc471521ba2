# base: baseline
# The cohort size is a count, not a word.
s/<cohort size="[^"]*"/<cohort size="many"/
