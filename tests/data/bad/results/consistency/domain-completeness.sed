# base: results
# Domain D3 claims 100% with 19 of 20 answered.
s/\(<domain id="D3" [^>]*\) completeness="95.0"/\1 completeness="100.0"/
