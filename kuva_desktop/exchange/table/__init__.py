"""Reading a board table (tab-separated text or .xlsx) into a year document, without a database.

``read_table`` is the entry point; the modules below it each do one step: ``reader`` turns the
file into rows of cell strings, ``columns`` finds the header by its titles, ``cells`` turns HTML
cells into plain paragraphs and splits goal titles, ``links`` splits a links cell against the
vocabulary, and ``importer`` builds the document.
"""

from kuva_desktop.exchange.table.importer import TableImport, read_table
from kuva_desktop.exchange.table.links import default_vocabulary

__all__ = ["TableImport", "default_vocabulary", "read_table"]
