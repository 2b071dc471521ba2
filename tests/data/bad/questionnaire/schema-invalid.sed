# base: questionnaire
# A kind of questionnaire that does not exist.
s/\(<questionnaire [^>]*\)kind="criteria"/\1kind="multiple-choice"/
