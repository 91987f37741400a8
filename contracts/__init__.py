"""What the services agree on, importable by every one of them: the shared vocabularies.

A service never imports another; what two services must both understand lives here, below them and beside kit.
"""
