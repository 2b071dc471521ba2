# base: baseline
# More countries said yes than answered.
s/\(<item id="leadership" [^>]*\)yes="[0-9]*" respondents="42"/\1yes="52" respondents="42"/
