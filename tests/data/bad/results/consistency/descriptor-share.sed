# base: results
# C01 claims 0.75 of its level 3 criteria met; they give 0.25.
0,/<descriptor level="3" criteria="2" share="0.25">/s//<descriptor level="3" criteria="2" share="0.75">/
