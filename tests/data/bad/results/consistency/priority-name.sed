# base: results
# The first priority renamed.
s/<priority rank="1" capability="C04" name="Dedicated law enforcement"/<priority rank="1" capability="C04" name="Something else entirely"/
