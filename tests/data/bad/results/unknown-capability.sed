# base: results
# A capability the model does not have.
s/<capability id="C05" /<capability id="C99" /
