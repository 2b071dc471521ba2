# base: questionnaire
# Skip logic that depends on the question itself.
0,/<only-if question="\([^"]*\)"/s//<only-if question="C01.L3.b"/
