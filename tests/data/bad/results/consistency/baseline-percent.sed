# base: results
# The leadership share raised from 76.2% to 90.0%.
0,/\(<baseline item="leadership" [^>]*\) percent="76.2"/s//\1 percent="90.0"/
