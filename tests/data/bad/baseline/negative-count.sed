# base: baseline
# A count below zero.
s/\(<item id="leadership" [^>]*\)yes="[0-9]*"/\1yes="-3"/
