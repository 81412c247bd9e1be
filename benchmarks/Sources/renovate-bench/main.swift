// renovate-bench: speed benchmarks (release build). See benchmarks/README.md.
print("renovate-bench: no benchmark yet")
