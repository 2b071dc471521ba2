# base: results
# C01 twice (C03 renamed).
s/<capability id="C03" /<capability id="C01" /
