# base: model
# A different model: the shipped baseline was made for mnr-maturity.
s/<model id="mnr-maturity"/<model id="other-model"/
