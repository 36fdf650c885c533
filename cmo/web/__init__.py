"""`cmo serve`: the review as a local web app (Starlette on uvicorn), over the same command functions as the CLI."""
