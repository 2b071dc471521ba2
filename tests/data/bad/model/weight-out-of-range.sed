# base: model
# Weights must be more than 0.
s/<capability id="C05" /<capability id="C05" weight="-2" /
