"""Safe file work: atomic writes, the folder lock, untrusted XML."""
