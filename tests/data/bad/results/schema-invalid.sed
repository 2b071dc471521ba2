# base: results
# A date that is not one.
s|<date>[^<]*</date>|<date>yesterday</date>|
