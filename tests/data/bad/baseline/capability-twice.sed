# base: baseline
# The research item also claims C01, which the leadership item already has.
s/\(<item id="research" [^>]*capabilities="\)[^"]*"/\1C01"/
