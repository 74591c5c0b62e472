"""The board report, its Excel twin and its web page, drawn from the database without Qt widgets.

``table`` builds what the board reads (rows, columns, texts in the chosen language, the cells that
fell back to Finnish); ``pdf`` draws it with ReportLab; ``xlsx`` writes it with openpyxl; ``html``
writes it as an accessible web page. ``hyphenation`` gives the line breaks of each language.
"""
