"""Allow `python -m toolkit`."""

from toolkit.resident.client import main

main()
