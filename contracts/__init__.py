"""What the services agree on, importable by every one of them: the shared vocabularies (`vocabulary`) and each
producer's events, their types and payload models (`events.<service>`), from which openapi/events/ is generated.

A service never imports another; what two services must both understand lives here, below them and beside kit.
"""
