# base: questionnaire
# A section for a capability the model does not have.
s/<section capability="C21">/<section capability="C99">/
