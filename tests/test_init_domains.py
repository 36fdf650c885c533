"""`cmo init` says whose domains a new review starts with, so nobody's configurations land in them unawares."""

from __future__ import annotations


def test_init_says_its_default_domains_are_the_example_reviews_and_how_to_use_ones_own(cmo, tmp_path):
    """A review on another topic had its configurations placed in telemental-health domains nobody chose."""
    said = cmo("init", str(cmo.folder)).stdout
    assert "These domains and stakeholder groups are the example review's (telemental health): replace them in" in said
    domains = tmp_path / "domains.yaml"
    domains.write_text("domains:\n- slug: access\n  name: Access\n  description: reaching the programme\n", encoding="utf-8")
    assert "example review's" not in cmo("init", str(tmp_path / "own"), "--domains", str(domains)).stdout
