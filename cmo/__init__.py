"""cmo: a rapid realist review engine (sources -> CMO configurations -> packs -> RAMESES report)."""

__version__ = "0.1.0"
