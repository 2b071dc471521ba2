# base: answers
# An assessment dated before the Model National Response existed.
s|<date>[^<]*</date>|<date>2014-12-31</date>|
