"""Mainstream inclusion resources: validation library, catalogue, CLI and MkDocs plugin."""
