# base: baseline
# Two items with the id "leadership".
s/<item id="research" /<item id="leadership" /
