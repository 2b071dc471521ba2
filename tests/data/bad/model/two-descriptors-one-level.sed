# base: model
# C01 describes level 1 twice and level 2 not at all.
0,/<descriptor level="2">/s//<descriptor level="1">/
