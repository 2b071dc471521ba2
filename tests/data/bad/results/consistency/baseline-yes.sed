# base: results
# The leadership count raised from 32 to 40 countries.
0,/\(<baseline item="leadership" [^>]*\) yes="32"/s//\1 yes="40"/
