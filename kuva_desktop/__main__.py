import sys

from kuva_desktop.cli import main

sys.exit(main())
