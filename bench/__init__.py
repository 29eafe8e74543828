"""Benchmarks: every figure measured beside a baseline in the same run (`make bench`)."""
