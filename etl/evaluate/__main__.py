"""`python -m etl.evaluate`: see `etl.evaluate.cli`."""

import sys

from etl.evaluate.cli import main

sys.exit(main())
