"""The app's pages, one module each; `app.py` picks one and hands it a PageContext."""
