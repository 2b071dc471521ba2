# base: results
# The priority list names a capability the model does not have.
0,/<priority rank="1" capability="[^"]*"/s//<priority rank="1" capability="C99"/
