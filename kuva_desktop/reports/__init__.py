"""The board report and its Excel twin, drawn from the database without Qt widgets.

``table`` builds what the board reads (rows, columns, texts in the chosen language, the cells that
fell back to Finnish); ``pdf`` draws it with ReportLab; ``xlsx`` writes it with openpyxl.
"""
