"""Imported once by the process the typesetting workers are forked from (`pdf.start_typesetting`):
every worker starts with WeasyPrint, the fonts and the print styles already loaded, and does not
run the command's main script (`no_main`)."""

from generator.printing.chapters import warm
from generator.printing.no_main import skip_main

warm()
skip_main()
