# base: results
# C02.L1.a answer changed from yes to no after scoring.
s/<criterion question="C02.L1.a" level="1" answer="yes" status="met">/<criterion question="C02.L1.a" level="1" answer="no" status="unmet">/
