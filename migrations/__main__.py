"""``python -m migrations up|status [--tenant T | --all] [--json]``."""

from migrations.cli import main

raise SystemExit(main())
