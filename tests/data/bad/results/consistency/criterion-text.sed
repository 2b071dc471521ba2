# base: results
# The question text of C01.L1.a changed.
s/Do officials from at least two sectors/Do officials from at least three sectors/
