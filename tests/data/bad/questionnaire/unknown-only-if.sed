# base: questionnaire
# Skip logic that depends on a question that does not exist.
0,/<only-if question="\([^"]*\)"/s//<only-if question="C01.L2.z"/
