<?xml version="1.0" encoding="UTF-8"?>
<!-- Well-formed XML of another kind given as a stylesheet. -->
<answers model="mnr-maturity" model-version="1.0" questionnaire="mnr-full" questionnaire-version="1.0"/>
