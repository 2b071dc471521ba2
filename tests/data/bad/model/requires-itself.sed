# base: model
# C05 depends on itself.
/<capability id="C05"/,/<\/capability>/s/<requires capability="[^"]*"/<requires capability="C05"/
