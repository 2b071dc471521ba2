# base: results
# A questionnaire this mnr does not have.
s/<questionnaire id="mnr-full"/<questionnaire id="mnr-short"/
