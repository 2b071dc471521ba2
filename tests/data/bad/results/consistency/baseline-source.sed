# base: results
# Results compared with another baseline version.
s/<baseline-source id="framing-the-future-2021" version="1.0"/<baseline-source id="framing-the-future-2021" version="0.9"/
