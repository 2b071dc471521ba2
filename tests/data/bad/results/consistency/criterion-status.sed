# base: results
# C01.L1.a answered partly, status met.
0,/<criterion question="C01.L1.a" level="1" answer="partly" status="partly">/s//<criterion question="C01.L1.a" level="1" answer="partly" status="met">/
