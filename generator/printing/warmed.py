"""Imported once by the process the typesetting workers are forked from (`pdf.start_typesetting`):
every worker starts with WeasyPrint, the fonts and the print styles already loaded."""

from generator.printing.chapters import warm

warm()
