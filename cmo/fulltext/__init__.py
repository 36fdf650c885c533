"""Full texts: reading PDFs page by page and checking quotes against them (no store, no commands)."""
