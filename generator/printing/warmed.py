"""Imported once by the process the typesetting workers are forked from (`pdf.start_typesetting`):
every worker starts with WeasyPrint, the fonts and the print styles already loaded, and the
command's main script already run (`main_once`)."""

from generator.printing.chapters import warm
from generator.printing.main_once import run_main

warm()
run_main()
