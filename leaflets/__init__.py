"""The faces of the product: settings, the `leaflets` CLI and evaluation."""
