# base: results
# C01 renamed.
0,/<capability id="C01" number="1" name="Leadership"/s//<capability id="C01" number="1" name="Leadership and everything"/
