"""Builds the compiled TBX walk (toolkit/formats/_tbxwalk.pyx) when a C compiler is at hand.

Without one, termkit installs all the same and reads every TBX file with its Python walk:
the same results, about two and a half times slower on large files. Everything else is in
pyproject.toml.
"""

from Cython.Build import cythonize
from setuptools import Extension, setup

extensions = cythonize([Extension("toolkit.formats._tbxwalk", ["toolkit/formats/_tbxwalk.pyx"])],
                       compiler_directives={"language_level": 3}, quiet=True)
for extension in extensions:  # cythonize makes new Extension objects, without this flag
    extension.optional = True  # a failed compile is a warning: the Python walk reads TBX then
setup(ext_modules=extensions)
