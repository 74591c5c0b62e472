"""Kuva Desktop: follow-up of the binding goals of Helsinki's Culture and Leisure Division."""

__version__ = "0.1.0"
