# base: model
# Capability C01's number is 2^32 + 1, which atoi read as 1: it is out of
# range, not capability 1.
0,/<capability id="C01" number="1"/s//<capability id="C01" number="4294967297"/
