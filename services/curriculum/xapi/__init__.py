"""The organisation's xAPI Learning Record Store (xAPI 2.0 / IEEE 9274.1.1, and 1.0.3), served at `/xapi/` by
routers/xapi.py: `credentials` (who may call it), `protocol` (how a request arrives: version header, alternate
syntax, multipart), `validation` (the statement rules), `statements` (storing, voiding, queries and `more`) and
`documents` (State, Activity Profile, Agent Profile)."""
