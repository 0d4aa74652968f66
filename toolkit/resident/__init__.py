"""A resident termkit, as eslint_d and mypy's dmypy are for their tools.

`termkit serve` keeps the interpreter, the compiled rules and the loaded base in one process;
`termkit check` and `termkit lookup` hand their arguments to it when it runs and print what it
answers: the same bytes and exit status the command gives on its own, from the same files, for
the cost of starting a small client instead of importing and loading everything again. What
the server cannot do as the command would (read standard input, rewrite files with --fix)
runs in the client's own process, and so does everything when no server answers.
"""
