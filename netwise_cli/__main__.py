from netwise_cli.main import app

app()
