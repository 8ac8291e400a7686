"""Store passages (SQLite + FAISS) and search them.

Knows passages and vectors; knows nothing of file formats.
"""
