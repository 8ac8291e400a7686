"""Turn leaflet files (PDF, HTML, TXT, Markdown) into cited passages.

Knows file formats and text structure; knows nothing of embeddings or indexes.
"""
