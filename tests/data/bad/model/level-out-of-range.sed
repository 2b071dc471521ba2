# base: model
# The first level-4 descriptor claims a level 5, which the scale does not have.
0,/<descriptor level="4">/s//<descriptor level="5">/
