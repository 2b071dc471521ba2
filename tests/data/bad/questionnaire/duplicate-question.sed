# base: questionnaire
# Two questions with the id C01.L3.a.
s/<question id="C01.L3.b"/<question id="C01.L3.a"/
