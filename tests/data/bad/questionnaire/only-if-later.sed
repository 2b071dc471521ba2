# base: questionnaire
# Skip logic that depends on a question asked later.
0,/<only-if question="\([^"]*\)"/s//<only-if question="C21.L4.a"/
