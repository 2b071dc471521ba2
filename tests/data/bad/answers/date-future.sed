# base: answers
# An assessment dated in the future (a typo would make it the latest for years).
s|<date>[^<]*</date>|<date>9999-12-31</date>|
