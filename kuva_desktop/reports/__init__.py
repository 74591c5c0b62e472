"""The board report, its Excel twin and its web page, drawn from the database without Qt widgets.

``table`` builds what the board reads (rows, columns, texts in the chosen language, the cells that
fell back to Finnish); ``pdf`` draws it with ReportLab; ``xlsx`` writes it with openpyxl; ``html``
writes it as an accessible web page. ``hyphenation`` gives the line breaks of each language.
"""

# The window runs the report commands (``export-pdf`` …) as child processes, so that a report's
# collector tuning and ReportLab's process-wide settings stay out of its process
# (ui/report_dialog.py). In the child's environment: the language of its refusals on stderr, and
# a request for the progress of ``export-pdf`` as "progress DONE TOTAL" lines on stderr.
MESSAGE_LANGUAGE_ENV = "KUVA_MESSAGE_LANGUAGE"
PROGRESS_ENV = "KUVA_PROGRESS"
