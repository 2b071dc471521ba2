# base: results
# A results format this mnr does not read.
s/\(<results [^>]*\)format="[^"]*"/\1format="2"/
