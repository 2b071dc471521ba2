# base: questionnaire
# The section of C21 is gone.
/<section capability="C21">/,/<\/section>/d
