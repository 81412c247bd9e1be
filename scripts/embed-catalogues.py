#!/usr/bin/env python3
"""Regenerates Sources/Simulator/Measures/DefaultCatalogues.swift from catalogue/*.yaml (run from the repo root)."""
m = open('catalogue/measures.yaml').read()
s = open('catalogue/scenarios.yaml').read()
assert '"""#' not in m + s
out = '''/// The catalogue and scenario set shipped with renovate, embedded so the CLI needs no resource lookup.
///
/// Generated from catalogue/measures.yaml and catalogue/scenarios.yaml by scripts/embed-catalogues.py; a test
/// (`DefaultCataloguesTests`) fails when they drift apart.
public enum DefaultCatalogues {
    public static let measuresYAML = #"""
''' + m + '''"""#

    public static let scenariosYAML = #"""
''' + s + '''"""#
}
'''
open('Sources/Simulator/Measures/DefaultCatalogues.swift', 'w').write(out)
