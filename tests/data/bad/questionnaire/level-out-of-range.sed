# base: questionnaire
# A question at level 7.
s/<question id="C01.L1.a" level="1"/<question id="C01.L1.a" level="7"/
