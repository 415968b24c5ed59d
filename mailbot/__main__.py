"""`python -m mailbot`: the same as the `mailbot` command."""
import sys

from .cli import main

sys.exit(main())
