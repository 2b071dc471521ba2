# base: answers
# A five-digit year: a valid xs:date, in the future.
s|<date>[^<]*</date>|<date>10000-01-01</date>|
