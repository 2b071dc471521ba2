# base: baseline
# The leadership item maps to a capability the model does not have.
s/\(<item id="leadership" [^>]*capabilities="\)[^"]*"/\1C99"/
