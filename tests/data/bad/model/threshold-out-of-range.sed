# base: model
# The threshold is a share of a level's criteria: more than 0, at most 1.
s/<scoring threshold="[^"]*"/<scoring threshold="1.5"/
