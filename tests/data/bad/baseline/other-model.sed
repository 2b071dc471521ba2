# base: baseline
# A baseline made for another model.
s/\(<baseline [^>]*\)model="mnr-maturity"/\1model="other-model"/
