"""``python -m service.cli`` is the ``processkg`` command."""

import sys

from service.cli import main

sys.exit(main())
